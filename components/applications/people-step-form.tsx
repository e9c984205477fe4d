"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { savePeopleAction } from "@/lib/applications/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Link } from "@/lib/i18n/navigation";

type PersonOption = { id: string; fullName: string; principalId: string | null; relationship: string | null };

type Props = {
  applicationId: string;
  people: PersonOption[];
  initial: { principalId: string; principalIncluded: boolean; familyIds: string[] };
  asksPrincipalIncluded: boolean;
  asksFamily: boolean;
  /** ONE_PERSON: the request is for exactly one person, the principal or a family member (6.P3). */
  scope: "GROUP" | "ONE_PERSON";
  title: string;
  returnToCheck?: boolean;
};

export function PeopleStepForm({
  applicationId,
  people,
  initial,
  asksPrincipalIncluded,
  asksFamily,
  scope,
  title,
  returnToCheck = false,
}: Props) {
  const t = useTranslations();
  const [principalId, setPrincipalId] = useState(initial.principalId);
  const [principalIncluded, setPrincipalIncluded] = useState(initial.principalIncluded);
  const [familyIds, setFamilyIds] = useState<string[]>(initial.familyIds);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const principals = people.filter((p) => !p.principalId);
  const family = people.filter((p) => p.principalId === principalId);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!principalId) return setError("applications.validation.principalRequired");
    if (!principalIncluded && familyIds.length === 0) return setError("applications.validation.nobodyIncluded");
    if (scope === "ONE_PERSON" && (principalIncluded ? 1 : 0) + familyIds.length !== 1)
      return setError("applications.validation.onePersonOnly");
    setSaving(true);
    setError(null);
    try {
      const result = await savePeopleAction(
        applicationId,
        { principalId, principalIncluded, familyIds: familyIds.filter((id) => family.some((f) => f.id === id)) },
        returnToCheck,
      );
      if (!result.ok) setError(result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? "error.body");
    } catch (e) {
      if ((e as { digest?: string })?.digest?.startsWith("NEXT_REDIRECT")) throw e;
      setError("error.body");
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary title={t("validation.errorSummaryTitle")} errors={error ? [{ field: "principal-0", message: t(error) }] : []} />
      <h1 className="text-3xl font-bold">{title}</h1>
      <fieldset className="space-y-2">
        <legend className="mb-2 text-lg font-semibold">{t("applications.wizard.principalLegend")}</legend>
        <p className="text-sm text-slate-600">{t("applications.wizard.principalHint")}</p>
        {principals.map((person, index) => (
          <label key={person.id} className="flex items-center gap-3 rounded border border-slate-300 bg-white p-3">
            <input
              id={`principal-${index}`}
              type="radio"
              name="principalId"
              value={person.id}
              checked={principalId === person.id}
              onChange={() => {
                setPrincipalId(person.id);
                setFamilyIds([]);
                setPrincipalIncluded(true);
              }}
              className="h-5 w-5"
            />
            <span>{person.fullName}</span>
          </label>
        ))}
        <Link
          href={`/portal/people/new?returnTo=${encodeURIComponent(`/portal/applications/${applicationId}/people`)}`}
          className="inline-block font-semibold text-brand-700 underline"
        >
          {t("applications.wizard.addPerson")}
        </Link>
      </fieldset>
      {principalId && scope === "ONE_PERSON" && family.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="mb-2 text-lg font-semibold">{t("applications.wizard.onePersonLegend")}</legend>
          <p className="text-sm text-slate-600">{t("applications.wizard.onePersonHint")}</p>
          {[principals.find((p) => p.id === principalId), ...family]
            .filter((p): p is PersonOption => !!p)
            .map((person) => {
              const isPrincipal = person.id === principalId;
              const checked = isPrincipal
                ? principalIncluded && familyIds.length === 0
                : !principalIncluded && familyIds.length === 1 && familyIds[0] === person.id;
              return (
                <label key={person.id} className="flex items-center gap-3 rounded border border-slate-300 bg-white p-3">
                  <input
                    type="radio"
                    name="subjectId"
                    value={person.id}
                    checked={checked}
                    onChange={() => {
                      setPrincipalIncluded(isPrincipal);
                      setFamilyIds(isPrincipal ? [] : [person.id]);
                    }}
                    className="h-5 w-5"
                  />
                  <span>
                    {person.fullName}
                    {person.relationship && (
                      <span className="text-sm text-slate-600"> · {t(`applications.people.relationships.${person.relationship}`)}</span>
                    )}
                  </span>
                </label>
              );
            })}
        </fieldset>
      )}
      {principalId && scope === "GROUP" && asksPrincipalIncluded && (
        <label className="flex items-center gap-3">
          <input type="checkbox" checked={principalIncluded} onChange={(e) => setPrincipalIncluded(e.target.checked)} className="h-5 w-5" />
          <span>{t("applications.wizard.principalIncluded")}</span>
        </label>
      )}
      {principalId && scope === "GROUP" && asksFamily && (
        <fieldset className="space-y-2">
          <legend className="mb-2 text-lg font-semibold">{t("applications.wizard.familyLegend")}</legend>
          {family.length === 0 && <p className="text-slate-600">{t("applications.wizard.noFamily")}</p>}
          {family.map((person) => (
            <label key={person.id} className="flex items-center gap-3 rounded border border-slate-300 bg-white p-3">
              <input
                type="checkbox"
                checked={familyIds.includes(person.id)}
                onChange={(e) => setFamilyIds(e.target.checked ? [...familyIds, person.id] : familyIds.filter((id) => id !== person.id))}
                className="h-5 w-5"
              />
              <span>
                {person.fullName}
                {person.relationship && (
                  <span className="text-sm text-slate-600"> · {t(`applications.people.relationships.${person.relationship}`)}</span>
                )}
              </span>
            </label>
          ))}
          <Link
            href={`/portal/people/new?principal=${principalId}&returnTo=${encodeURIComponent(`/portal/applications/${applicationId}/people`)}`}
            className="inline-block font-semibold text-brand-700 underline"
          >
            {t("applications.wizard.addFamily")}
          </Link>
        </fieldset>
      )}
      <Button type="submit" needsJs disabled={isSaving} aria-busy={isSaving}>
        {t("applications.wizard.saveContinue")}
      </Button>
    </form>
  );
}

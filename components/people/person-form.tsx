"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation-hooks";
import { savePersonAction } from "@/lib/people/actions";
import { personSchema, RELATIONSHIPS, SEXES, type PersonInput } from "@/lib/people/person-schema";
import { PassportPrefill, type PrefillValues } from "./passport-prefill";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = {
  personId: string | null;
  defaults: PersonInput;
  countries: { code: string; name: string }[];
  principals: { id: string; fullName: string }[];
  /** Where to go after saving (e.g. back into an application being filled in). */
  returnTo?: string;
  /** Offer "start from a passport scan" (a new person). */
  allowPassportScan?: boolean;
};

const FIELDS = [
  "fullName",
  "citizenship",
  "dateOfBirth",
  "sex",
  "passportNumber",
  "passportIssuedOn",
  "passportExpiresOn",
  "iin",
  "visaCategory",
  "visaExpiresOn",
  "principalId",
  "relationship",
] as const;

export function PersonForm({ personId, defaults, countries, principals, returnTo, allowPassportScan = false }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<PersonInput>({ resolver: zodResolver(personSchema), defaultValues: defaults, shouldFocusError: false });
  const { onSubmit, formError } = useActionForm(form, async (values) => {
    const result = await savePersonAction(personId, values);
    if (result.ok) router.push(returnTo ?? "/portal/people");
    return result;
  });
  const { errors, isSubmitting } = form.formState;
  const err = (f: (typeof FIELDS)[number]) => (errors[f]?.message ? t(errors[f]!.message as string) : undefined);
  const summary = [
    ...(formError ? [{ message: t(formError) }] : []),
    ...FIELDS.flatMap((f) => (err(f) ? [{ field: f, message: err(f)! }] : [])),
  ];
  const hasPrincipal = Boolean(useWatch({ control: form.control, name: "principalId" }));
  // Read fields fill the form; nothing is saved until the applicant has checked them and saves.
  const fillFromPassport = (values: PrefillValues) => {
    for (const [field, value] of Object.entries(values)) {
      if (value && (field !== "citizenship" || countries.some((c) => c.code === value)))
        form.setValue(field as keyof PrefillValues, value as never, { shouldDirty: true });
    }
  };
  return (
    <>
      {allowPassportScan && <PassportPrefill onRead={fillFromPassport} />}
      <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6">
        <ErrorSummary title={t("validation.errorSummaryTitle")} errors={summary} />
        <TextField
          id="fullName"
          label={t("applications.people.fullName")}
          hint={t("applications.people.fullNameHint")}
          autoComplete="off"
          error={err("fullName")}
          {...form.register("fullName")}
        />
        <SelectField
          id="citizenship"
          label={t("applications.people.citizenship")}
          placeholder={t("applications.people.choose")}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
          error={err("citizenship")}
          {...form.register("citizenship")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="dateOfBirth"
            type="date"
            label={t("applications.people.dateOfBirth")}
            error={err("dateOfBirth")}
            {...form.register("dateOfBirth")}
          />
          <SelectField
            id="sex"
            label={t("applications.people.sex")}
            hint={t("applications.people.sexHint")}
            placeholder={t("applications.people.sexNotGiven")}
            options={SEXES.map((s) => ({ value: s, label: t(`applications.people.sexes.${s}`) }))}
            error={err("sex")}
            {...form.register("sex")}
          />
        </div>
        <fieldset className="space-y-4 rounded border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{t("applications.people.passport")}</legend>
          <TextField
            id="passportNumber"
            label={t("applications.people.passportNumber")}
            autoComplete="off"
            error={err("passportNumber")}
            className="max-w-xs"
            {...form.register("passportNumber")}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id="passportIssuedOn"
              type="date"
              label={t("applications.people.passportIssuedOn")}
              error={err("passportIssuedOn")}
              {...form.register("passportIssuedOn")}
            />
            <TextField
              id="passportExpiresOn"
              type="date"
              label={t("applications.people.passportExpiresOn")}
              error={err("passportExpiresOn")}
              {...form.register("passportExpiresOn")}
            />
          </div>
        </fieldset>
        <TextField
          id="iin"
          inputMode="numeric"
          maxLength={12}
          label={t("applications.people.iin")}
          hint={t("applications.people.iinHint")}
          error={err("iin")}
          className="max-w-xs"
          {...form.register("iin")}
        />
        <fieldset className="space-y-4 rounded border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{t("applications.people.currentVisa")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id="visaCategory"
              label={t("applications.people.visaCategory")}
              placeholder={t("applications.people.noVisa")}
              options={["C3", "A5", "B1", "B2", "B3", "TRP", "OTHER"].map((v) => ({
                value: v,
                label: v === "OTHER" ? t("applications.people.otherVisa") : v === "TRP" ? t("applications.people.trpPermit") : v,
              }))}
              error={err("visaCategory")}
              {...form.register("visaCategory")}
            />
            <TextField
              id="visaExpiresOn"
              type="date"
              label={t("applications.people.visaExpiresOn")}
              error={err("visaExpiresOn")}
              {...form.register("visaExpiresOn")}
            />
          </div>
        </fieldset>
        <fieldset className="space-y-4 rounded border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{t("applications.people.family")}</legend>
          <SelectField
            id="principalId"
            label={t("applications.people.principal")}
            hint={t("applications.people.principalHint")}
            placeholder={t("applications.people.isPrincipal")}
            options={principals.map((p) => ({ value: p.id, label: p.fullName }))}
            error={err("principalId")}
            {...form.register("principalId")}
          />
          {hasPrincipal && (
            <SelectField
              id="relationship"
              label={t("applications.people.relationship")}
              placeholder={t("applications.people.choose")}
              options={RELATIONSHIPS.map((r) => ({ value: r, label: t(`applications.people.relationships.${r}`) }))}
              error={err("relationship")}
              {...form.register("relationship")}
            />
          )}
        </fieldset>
        <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? t("applications.people.saving") : t("applications.people.save")}
        </Button>
      </form>
    </>
  );
}

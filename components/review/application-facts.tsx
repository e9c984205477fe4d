import { useTranslations } from "next-intl";
import { questionLabelKey } from "@/lib/applications/question-fields";
import { formatCalendarDate, formatIsoDate, formatNumber } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { countryName } from "@/lib/people/countries";
import { answerEntries, parsePeopleSnapshot } from "@/lib/rules/snapshots";

const dt = "font-semibold text-slate-700";

/** The company that filed, as staff need it: name and BIN. */
export function CompanyFacts({ company }: { company: { name: string; bin: string } }) {
  const t = useTranslations("review.facts");
  return (
    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      <dt className={dt}>{t("company")}</dt>
      <dd>{company.name}</dd>
      <dt className={dt}>{t("bin")}</dt>
      <dd className="font-mono">{company.bin}</dd>
    </dl>
  );
}

/** The people as they were filed (the snapshot), principal first. */
export function PeopleFacts({ snapshot, locale, narrow = false }: { snapshot: unknown; locale: Locale; narrow?: boolean }) {
  const t = useTranslations("review.facts");
  const tRel = useTranslations("applications.people.relationships");
  const people = parsePeopleSnapshot(snapshot);
  const date = (iso?: string | null) => (iso ? formatCalendarDate(new Date(`${iso.slice(0, 10)}T00:00:00Z`), locale) : "—");
  if (people.length === 0) return <p className="text-slate-700">{t("noPeople")}</p>;
  return (
    <ul className={`grid gap-3 ${narrow ? "" : "md:grid-cols-2"}`}>
      {people.map((p, index) => (
        <li key={p.personId ?? index} className="rounded border border-slate-200 p-3">
          <p className="font-semibold">
            {p.fullName}{" "}
            <span className="text-sm font-normal text-slate-700">
              ({p.isPrincipal ? t("principal") : p.relationship && tRel.has(p.relationship) ? tRel(p.relationship) : t("familyMember")})
            </span>
          </p>
          <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 text-sm">
            <dt className={dt}>{t("citizenship")}</dt>
            <dd>{p.citizenship ? countryName(p.citizenship, locale) : "—"}</dd>
            <dt className={dt}>{t("dateOfBirth")}</dt>
            <dd>{date(p.dateOfBirth)}</dd>
            <dt className={dt}>{t("passport")}</dt>
            <dd>
              <span className="font-mono">{p.passportNumber ?? "—"}</span>
              {p.passportExpiresOn && <> · {t("validUntil", { date: date(p.passportExpiresOn) })}</>}
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** The applicant's answers, labelled with the catalog's questions. */
export function AnswerFacts({ answers, locale }: { answers: unknown; locale: Locale }) {
  const t = useTranslations("review.facts");
  const tCatalog = useTranslations("catalog");
  const tWizard = useTranslations("applications.wizard");
  // The fee option and validity band are shown with the fee breakdown.
  const entries = answerEntries(answers).filter(([field]) => field !== "feeOption" && field !== "validityBand");
  if (entries.length === 0) return <p className="text-slate-700">{t("noAnswers")}</p>;
  const label = (key: string, fallback: string) => (tCatalog.has(key) ? tCatalog(key) : fallback);
  // Words, never codes or ISO dates (issue 16): the location answer has its own labels.
  const fieldLabel = (field: string) => (field === "personLocation" ? t("personLocation") : label(questionLabelKey(field), field));
  const value = (field: string, v: string | number | boolean) => {
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    if (typeof v === "number") return formatNumber(v, locale);
    if (field === "personLocation" && (v === "IN_KZ" || v === "OUTSIDE_KZ")) return tWizard(`locations.${v}`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatIsoDate(v, locale);
    return label(questionLabelKey(field, v), v);
  };
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      {entries.map(([field, v]) => (
        <div key={field} className="contents">
          <dt className={dt}>{fieldLabel(field)}</dt>
          <dd>{value(field, v)}</dd>
        </div>
      ))}
    </dl>
  );
}

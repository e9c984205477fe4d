import { useTranslations } from "next-intl";
import { questionLabelKey } from "@/lib/applications/question-fields";
import { formatCalendarDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { countryName } from "@/lib/people/countries";
import { answerEntries, parsePeopleSnapshot } from "@/lib/review/snapshots";

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
export function PeopleFacts({ snapshot, locale }: { snapshot: unknown; locale: Locale }) {
  const t = useTranslations("review.facts");
  const tRel = useTranslations("applications.people.relationships");
  const people = parsePeopleSnapshot(snapshot);
  const date = (iso?: string | null) => (iso ? formatCalendarDate(new Date(`${iso.slice(0, 10)}T00:00:00Z`), locale) : "—");
  if (people.length === 0) return <p className="text-slate-700">{t("noPeople")}</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2">
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
            <dd><span className="font-mono">{p.passportNumber ?? "—"}</span>{p.passportExpiresOn && <> · {t("validUntil", { date: date(p.passportExpiresOn) })}</>}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** The applicant's answers, labelled with the catalog's questions. */
export function AnswerFacts({ answers }: { answers: unknown }) {
  const t = useTranslations("review.facts");
  const tCatalog = useTranslations("catalog");
  // The fee option and validity band are shown with the fee breakdown.
  const entries = answerEntries(answers).filter(([field]) => field !== "feeOption" && field !== "validityBand");
  if (entries.length === 0) return <p className="text-slate-700">{t("noAnswers")}</p>;
  const label = (key: string, fallback: string) => (tCatalog.has(key) ? tCatalog(key) : fallback);
  const value = (field: string, v: string | number | boolean) =>
    typeof v === "boolean" ? (v ? t("yes") : t("no")) : typeof v === "string" ? label(questionLabelKey(field, v), v) : String(v);
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      {entries.map(([field, v]) => (
        <div key={field} className="contents">
          <dt className={dt}>{label(questionLabelKey(field), field)}</dt>
          <dd>{value(field, v)}</dd>
        </div>
      ))}
    </dl>
  );
}

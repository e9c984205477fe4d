import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { formatCalendarDate } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { countryName } from "@/lib/people/countries";
import { parsePeopleSnapshot } from "@/lib/rules/snapshots";

type RegisterPerson = {
  id: string;
  fullName: string;
  citizenship: string;
  dateOfBirth: Date;
  passportNumber: string;
  passportIssuedOn: Date;
  passportExpiresOn: Date;
  iin: string | null;
  visaCategory: string | null;
  visaExpiresOn: Date | null;
};

type Props = {
  people: { isPrincipal: boolean; person: RegisterPerson }[];
  /** The people as filed with the application, to flag register changes made since. */
  snapshot: unknown;
  locale: Locale;
  /**
   * Slot for what was read from the scan itself (issue 18: the passport's MRZ), shown under the
   * register data so the reviewer compares both with the image beside them.
   */
  scanReading?: ReactNode;
};

const dt = "font-semibold text-slate-700";

/** The identity documents' counterpart: what the people register holds, next to the passport scan. */
export function IdentityPanel({ people, snapshot, locale, scanReading }: Props) {
  const t = useTranslations("review.identity");
  const filed = new Map(parsePeopleSnapshot(snapshot).map((p) => [p.personId, p]));
  const date = (d: Date | null) => (d ? formatCalendarDate(d, locale) : "—");
  return (
    <section
      aria-labelledby="identity-title"
      className="space-y-3 rounded border-2 border-brand-700 bg-white p-3"
      data-testid="identity-panel"
    >
      <h2 id="identity-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      {people.map(({ isPrincipal, person }) => {
        const asFiled = filed.get(person.id);
        const changed = asFiled && (asFiled.passportNumber !== person.passportNumber || asFiled.fullName !== person.fullName);
        return (
          <div key={person.id} className="space-y-1">
            <p className="font-semibold">
              {person.fullName}{" "}
              <span className="text-sm font-normal text-slate-700">({isPrincipal ? t("principal") : t("familyMember")})</span>
            </p>
            {changed && (
              <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-2 text-sm">
                {t("changedSinceFiling", { passport: asFiled.passportNumber ?? "—", name: asFiled.fullName })}
              </p>
            )}
            <dl className="grid grid-cols-[max-content_1fr] gap-x-3 text-sm">
              <dt className={dt}>{t("passportNumber")}</dt>
              <dd className="font-mono text-base">{person.passportNumber}</dd>
              <dt className={dt}>{t("citizenship")}</dt>
              <dd>{countryName(person.citizenship, locale)}</dd>
              <dt className={dt}>{t("dateOfBirth")}</dt>
              <dd>{date(person.dateOfBirth)}</dd>
              <dt className={dt}>{t("issuedOn")}</dt>
              <dd>{date(person.passportIssuedOn)}</dd>
              <dt className={dt}>{t("expiresOn")}</dt>
              <dd>{date(person.passportExpiresOn)}</dd>
              <dt className={dt}>{t("iin")}</dt>
              <dd className="font-mono">{person.iin ?? "—"}</dd>
              <dt className={dt}>{t("visa")}</dt>
              <dd>
                {person.visaCategory ? `${person.visaCategory}${person.visaExpiresOn ? ` · ${date(person.visaExpiresOn)}` : ""}` : "—"}
              </dd>
            </dl>
          </div>
        );
      })}
      {scanReading}
    </section>
  );
}

/** Documents that identify a person: the register data is shown beside them. */
export function isIdentityDocument(code: string): boolean {
  return /PASSPORT|RESIDENCE_PERMIT|FOREIGNER_IIN/.test(code);
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import type { SubmissionWarning } from "@/lib/applications/submission-checks";
import { formatCalendarDate } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * What the applicant should know before submitting, none of it a refusal: the passport ending
 * before the validity band paid for (6.P6), a TRP rule the guide leaves open (6.C13, 6.P7), an
 * extension deadline too close for the usual review (6.P5).
 */
export function SubmissionWarnings({ warnings }: { warnings: SubmissionWarning[] }) {
  const t = useTranslations("catalog");
  const locale = useLocale() as Locale;
  if (!warnings.length) return null;
  const date = (iso: string) => formatCalendarDate(dateOf(iso), locale);
  const describe = (w: SubmissionWarning): string => {
    switch (w.kind) {
      case "PASSPORT_BEFORE_BAND_END":
        return t("eligibility.PASSPORT_BEFORE_BAND_END", {
          name: w.personName,
          expiresOn: date(w.expiresOn),
          bandEndsOn: date(w.bandEndsOn),
          band: t(`validityBands.${w.band as "UP_TO_2_YEARS"}`),
        });
      case "TRP_RULE":
        return `${w.personName}: ${t(w.messageKey as "eligibility.OVERLAP_CIS_EAEU", w.values)}`;
      case "EXTENSION_TIGHT":
        return t("extensionWindow.TIGHT", { closesOn: date(w.closesOn), daysLeft: w.daysLeft, reviewDays: w.reviewDays });
    }
  };
  return (
    <div className="space-y-2 rounded border-l-4 border-amber-600 bg-amber-50 p-4" data-testid="submission-warnings">
      <ul className="space-y-2">
        {warnings.map((w, index) => (
          <li key={index}>{describe(w)}</li>
        ))}
      </ul>
    </div>
  );
}

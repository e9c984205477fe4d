import { getTranslations } from "next-intl/server";
import type { CalendarEntry, ServiceCode } from "@/lib/catalog";
import { formatCalendarDate } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { processingTimeFor, workingDaysOf } from "@/lib/rules/processing-time";
import { extensionUrgency, extensionWindow } from "@/lib/rules/extension-window";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";

type Props = {
  serviceCode: ServiceCode;
  answers: Record<string, unknown>;
  calendar: readonly CalendarEntry[];
  locale: Locale;
  today?: string;
};

/**
 * The extension's hand-in deadline (L495, decision 007 6.P5): what counts is the day the
 * documents reach the centre, so the applicant sees the last day, a warning when the usual
 * review time no longer fits, and a plain statement once the period has closed.
 */
export async function ExtensionWindowNotice({ serviceCode, answers, calendar, locale, today = isoDateInTimeZone(new Date()) }: Props) {
  const expiry = answers.visaExpiryDate;
  if (typeof expiry !== "string") return null;
  const tc = await getTranslations("catalog");
  const window = extensionWindow(expiry, today, calendar);
  const date = (iso: string) => formatCalendarDate(new Date(`${iso}T00:00:00Z`), locale);
  const values = { opensOn: date(window.opensOn), closesOn: date(window.closesOn) };
  if (window.status === "TOO_LATE") {
    return (
      <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 font-semibold" data-testid="extension-window">
        {tc("extensionWindow.TOO_LATE", values)}
      </p>
    );
  }
  const time = processingTimeFor({ serviceCode, validityBand: typeof answers.validityBand === "string" ? answers.validityBand : null });
  const urgency = extensionUrgency(window, time ? workingDaysOf(time) : 0);
  return (
    <div className="space-y-2 rounded border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="extension-window">
      <p className="font-semibold">{tc(window.messageKey, values)}</p>
      {urgency.tight && window.workingDaysLeft !== null && (
        <p>{tc("extensionWindow.TIGHT", { ...values, daysLeft: window.workingDaysLeft, reviewDays: time ? workingDaysOf(time) : 0 })}</p>
      )}
    </div>
  );
}

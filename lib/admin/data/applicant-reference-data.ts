import { prisma } from "@/lib/db/client";
import { KZ_HOLIDAYS_SEED, MRP_RATES_SEED } from "@/lib/catalog";
import { errorText, logEvent } from "@/lib/log/log-event";
import { loadMrpRates, loadWorkingCalendar } from "@/lib/calendar/working-calendar";
import { noteNotCacheable } from "@/lib/log/request-context";

/**
 * Public reference data a form needs for live quotes and date rules. While the database is
 * unreachable, the public service pages keep working on the published values the catalog ships
 * with (MRP by year, the official holiday calendar), which is what the database is seeded from;
 * an administrator's later edits show again once it is back. Submissions never use this
 * fallback: they read the database inside their own transaction.
 */
export async function loadApplicantReferenceData() {
  try {
    const [mrpRates, calendar] = await Promise.all([loadMrpRates(prisma), loadWorkingCalendar(prisma)]);
    return { mrpRates, calendar };
  } catch (error) {
    logEvent("warn", "reference_data.fallback", { error: errorText(error, 200) });
    noteNotCacheable();
    return {
      mrpRates: MRP_RATES_SEED.map(({ year, valueTiyn }) => ({ year, valueTiyn })),
      calendar: KZ_HOLIDAYS_SEED.map(({ date, kind }) => ({ date, kind })),
    };
  }
}

/**
 * Only the MRP rates, with the same fallback: the quote API prices a request and needs no
 * holiday calendar, so it does not read one (issue 19 (d): one query instead of two per quote).
 */
export async function loadPublicMrpRates() {
  try {
    return await loadMrpRates(prisma);
  } catch (error) {
    logEvent("warn", "reference_data.fallback", { error: errorText(error, 200) });
    noteNotCacheable();
    return MRP_RATES_SEED.map(({ year, valueTiyn }) => ({ year, valueTiyn }));
  }
}

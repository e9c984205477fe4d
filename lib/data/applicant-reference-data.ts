import { prisma } from "@/lib/db/client";
import { loadMrpRates, loadWorkingCalendar } from "./working-calendar";

/** Public reference data a form needs for live quotes and date rules. */
export async function loadApplicantReferenceData() {
  const [mrpRates, calendar] = await Promise.all([loadMrpRates(prisma), loadWorkingCalendar(prisma)]);
  return { mrpRates, calendar };
}

import { prisma } from "@/lib/db/client";
import { loadCalendarData } from "@/lib/booking/calendar-data";
import { utilisationByDay, type DayUtilisation } from "@/lib/booking/utilisation";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";

/** Booked seats against capacity for each working day of the booking horizon. */
export async function getUtilisation(actor: CurrentUser, now: Date = new Date()): Promise<DayUtilisation[]> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const data = await loadCalendarData(prisma, now);
  return utilisationByDay({ now, ...data });
}

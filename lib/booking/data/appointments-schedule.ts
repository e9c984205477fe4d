import { prisma } from "@/lib/db/client";
import type { IsoDate } from "@/lib/catalog";
import { originalsToBring } from "@/lib/booking/originals-to-bring";
import { centreInstant } from "@/lib/booking/centre-time";
import { addCalendarDays } from "@/lib/rules/iso-date";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";

export type ScheduleEntry = Awaited<ReturnType<typeof getDaySchedule>>["slots"][number]["appointments"][number];

/**
 * A day's appointments at the centre, grouped by start time, for the staff schedule. Cancelled
 * ones are left out; attended and no-show ones stay so the day reads as it happened.
 */
export async function getDaySchedule(actor: CurrentUser, date: IsoDate) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const rows = await prisma.appointment.findMany({
    where: { startsAt: { gte: centreInstant(date, 0), lt: centreInstant(addCalendarDays(date, 1), 0) }, status: { not: "CANCELLED" } },
    orderBy: [{ startsAt: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      startsAt: true,
      status: true,
      slot: { select: { booked: true, capacity: true } },
      application: {
        select: {
          id: true,
          number: true,
          serviceCode: true,
          status: true,
          answers: true,
          company: { select: { name: true } },
          people: { where: { isPrincipal: true }, select: { person: { select: { fullName: true } } }, take: 1 },
        },
      },
    },
  });
  const entries = rows.map((row) => ({
    id: row.id,
    startsAt: row.startsAt,
    status: row.status,
    slot: row.slot,
    applicationNumber: row.application.number,
    applicationStatus: row.application.status,
    serviceCode: row.application.serviceCode,
    companyName: row.application.company.name,
    personName: row.application.people[0]?.person.fullName ?? null,
    originals: originalsToBring(row.application.serviceCode, row.application.answers),
  }));
  const starts = [...new Set(entries.map((e) => e.startsAt.getTime()))];
  const slots = starts.map((time) => {
    const appointments = entries.filter((e) => e.startsAt.getTime() === time);
    return { startsAt: new Date(time), booked: appointments[0].slot.booked, capacity: appointments[0].slot.capacity, appointments };
  });
  return { date, slots };
}

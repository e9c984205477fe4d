import { prisma as defaultDb, type Db } from "@/lib/db/client";
import { centreInstant } from "@/lib/booking/centre-time";
import { loadWorkingCalendar } from "@/lib/calendar/working-calendar";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { addWorkingDays } from "@/lib/rules/working-days";
import { enqueueNotificationForCompany } from "@/lib/outbox/enqueue";

// "Your appointment is tomorrow": sent on the working day before each booked visit. Safe to run
// on every instance and as often as we like: each reminder is written under a transaction-level
// advisory lock on its appointment, and only if no reminder for that appointment exists yet.

export type AppointmentReminderRun = { due: number; sent: number };

export async function runAppointmentReminders(options: { db?: Db; now?: Date } = {}): Promise<AppointmentReminderRun> {
  const db = options.db ?? defaultDb;
  const today = isoDateInTimeZone(options.now ?? new Date());
  const tomorrow = addWorkingDays(today, 1, await loadWorkingCalendar(db));
  // Everything from the end of today up to the end of the next working day (a Monday visit is
  // reminded on Friday, together with nothing else left to remind).
  const from = centreInstant(today, 24 * 60);
  const until = centreInstant(tomorrow, 24 * 60);
  const appointments = await db.appointment.findMany({
    where: { status: "BOOKED", startsAt: { gte: from, lt: until } },
    select: { id: true, startsAt: true, application: { select: { id: true, number: true, serviceCode: true, companyId: true } } },
  });
  let sent = 0;
  for (const appointment of appointments) {
    const wasSent = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`appointment-reminder:${appointment.id}`}))`;
      const already = await tx.auditEvent.count({
        where: { entityType: "Appointment", entityId: appointment.id, action: "REMINDER_SENT" },
      });
      if (already) return false;
      await enqueueNotificationForCompany(tx, {
        kind: "APPOINTMENT_REMINDER",
        companyId: appointment.application.companyId,
        payload: {
          applicationId: appointment.application.id,
          applicationNumber: appointment.application.number ?? "",
          serviceCode: appointment.application.serviceCode,
          startsAt: appointment.startsAt,
        },
      });
      await tx.auditEvent.create({
        data: { action: "REMINDER_SENT", entityType: "Appointment", entityId: appointment.id, applicationId: appointment.application.id },
      });
      return true;
    });
    if (wasSent) sent++;
  }
  return { due: appointments.length, sent };
}

import { prisma, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueNotification } from "@/lib/outbox/enqueue";
import { systemActor, transitionApplication } from "@/lib/workflow/transition-application";
import { loadBookingSettings } from "./calendar-data";
import { releaseSeat } from "./seat";

// The confirmation rule (docs/decisions/008-vault-payment-confirmation.md): an applicant is asked
// to confirm `reminderHoursBefore` (48) hours ahead and must do so by `confirmByHoursBefore` (24)
// hours ahead; otherwise this job releases the appointment. Any number of app instances may run
// it at once: every claim is `FOR UPDATE SKIP LOCKED` plus a column that records the step, all in
// the transaction that writes the notice, so each reminder and each release happens once.

type Tx = Prisma.TransactionClient;
type Claimed = { id: string; applicationId: string; slotId: string; seats: number; startsAt: Date };

export const RELEASED_UNCONFIRMED = "RELEASED_UNCONFIRMED";
const JOB = "appointment-confirmation-job";
const hours = (n: number) => n * 3_600_000;

async function applicationFacts(tx: Tx, applicationId: string) {
  return tx.application.findUniqueOrThrow({ where: { id: applicationId }, select: { number: true, serviceCode: true, createdById: true } });
}

/** Sends the "please confirm" notice once for every unconfirmed appointment entering the window. */
async function sendReminders(db: Db, now: Date, settings: { reminderHoursBefore: number; confirmByHoursBefore: number }): Promise<number> {
  return db.$transaction(async (tx) => {
    const windowEnd = new Date(now.getTime() + hours(settings.reminderHoursBefore));
    const deadlineEdge = new Date(now.getTime() + hours(settings.confirmByHoursBefore));
    const due = await tx.$queryRaw<Claimed[]>`
      WITH due AS (
        SELECT "id" FROM "Appointment"
        WHERE "status" = 'BOOKED' AND "confirmedAt" IS NULL AND "reminderSentAt" IS NULL
          AND "startsAt" <= ${windowEnd} AND "startsAt" > ${deadlineEdge}
        ORDER BY "startsAt" LIMIT 200
        FOR UPDATE SKIP LOCKED)
      UPDATE "Appointment" a SET "reminderSentAt" = ${now} FROM due WHERE a."id" = due."id"
      RETURNING a."id", a."applicationId", a."slotId", a."seats", a."startsAt"`;
    for (const appointment of due) {
      const app = await applicationFacts(tx, appointment.applicationId);
      if (!app.number) continue;
      await enqueueNotification(tx, {
        kind: "APPOINTMENT_CONFIRMATION_NEEDED",
        recipientUserId: app.createdById,
        payload: {
          applicationId: appointment.applicationId,
          applicationNumber: app.number,
          serviceCode: app.serviceCode,
          startsAt: appointment.startsAt,
          confirmBy: new Date(appointment.startsAt.getTime() - hours(settings.confirmByHoursBefore)),
        },
      });
    }
    return due.length;
  });
}

/**
 * Releases one unconfirmed appointment past its confirm-by time, in its own transaction: the
 * appointment is CANCELLED (reason RELEASED_UNCONFIRMED), its places go back to the slot, the
 * application returns to DOCUMENTS_APPROVED through the workflow (system actor, audited) and
 * the applicant is told (e-mail + in-portal). Returns null when nothing is left to claim.
 */
async function releaseOne(db: Db, now: Date, confirmByHoursBefore: number, skip: string[]): Promise<{ id: string; ok: boolean } | null> {
  let claimedId: string | null = null;
  try {
    return await db.$transaction(async (tx) => {
      const deadlineEdge = new Date(now.getTime() + hours(confirmByHoursBefore));
      const [appointment] = await tx.$queryRaw<Claimed[]>`
        WITH due AS (
          SELECT "id" FROM "Appointment"
          WHERE "status" = 'BOOKED' AND "confirmedAt" IS NULL AND "startsAt" <= ${deadlineEdge}
            AND NOT ("id" = ANY(${skip}::text[]))
          ORDER BY "startsAt" LIMIT 1
          FOR UPDATE SKIP LOCKED)
        UPDATE "Appointment" a SET "status" = 'CANCELLED', "cancelledAt" = ${now}, "cancelReason" = ${RELEASED_UNCONFIRMED}
        FROM due WHERE a."id" = due."id"
        RETURNING a."id", a."applicationId", a."slotId", a."seats", a."startsAt"`;
      if (!appointment) return null;
      claimedId = appointment.id;
      await releaseSeat(tx, appointment.slotId, appointment.seats);
      await transitionApplication(tx, {
        applicationId: appointment.applicationId,
        actor: systemActor(JOB),
        action: "RELEASE_UNCONFIRMED_APPOINTMENT",
        reason: RELEASED_UNCONFIRMED,
        details: { appointmentId: appointment.id, startsAt: appointment.startsAt.toISOString(), seats: appointment.seats },
      });
      const app = await applicationFacts(tx, appointment.applicationId);
      if (app.number) {
        await enqueueNotification(tx, {
          kind: "APPOINTMENT_RELEASED",
          recipientUserId: app.createdById,
          payload: {
            applicationId: appointment.applicationId,
            applicationNumber: app.number,
            serviceCode: app.serviceCode,
            startsAt: appointment.startsAt,
          },
        });
      }
      return { id: appointment.id, ok: true };
    });
  } catch (error) {
    // Rolled back: this appointment stays as it was; skip it in this run and go on with the others.
    if (!claimedId) throw error;
    console.warn(`[booking] releasing appointment ${claimedId} failed: ${error instanceof Error ? error.message : String(error)}`);
    return { id: claimedId, ok: false };
  }
}

export type ConfirmationJobResult = { reminded: number; released: string[] };

/** One run: reminders first, then releases. Safe to run concurrently and repeatedly. */
export async function runAppointmentConfirmationJob(options: { db?: Db; now?: Date } = {}): Promise<ConfirmationJobResult> {
  const db = options.db ?? prisma;
  const now = options.now ?? new Date();
  const settings = await loadBookingSettings(db);
  const reminded = await sendReminders(db, now, settings);
  const released: string[] = [];
  const failed: string[] = [];
  for (;;) {
    const outcome = await releaseOne(db, now, settings.confirmByHoursBefore, failed);
    if (!outcome) break;
    if (outcome.ok) released.push(outcome.id);
    else failed.push(outcome.id);
  }
  return { reminded, released };
}

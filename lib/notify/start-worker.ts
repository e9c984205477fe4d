import type { Db } from "@/lib/db/client";
import { readMailConfig } from "./config";
import { createMailer } from "./mailer";
import { runAppointmentConfirmationJob } from "@/lib/booking/appointment-confirmations";
import { runVisaExpiryReminders } from "./visa-expiry-reminders";
import { runAppointmentReminders } from "./appointment-reminders";
import { startOutboxWorker, type RunningWorker } from "./worker";

// Everything notifications need in the background of one process: the outbox sender and the
// visa-reminder job. Started by instrumentation.ts with the web server, or on its own by
// scripts/notify-worker.ts. Any number of processes may run it (see worker.ts, visa-expiry-reminders.ts).

/** Hourly: the job is idempotent, so running it more often than daily only makes it prompt after a restart. */
const REMINDER_INTERVAL_MS = 60 * 60_000;

function log(message: string, error?: unknown) {
  console.warn(`[notify] ${message}${error ? `: ${error instanceof Error ? error.message : String(error)}` : ""}`);
}

function startReminderJob(db: Db | undefined): RunningWorker {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = Promise.all([
      runVisaExpiryReminders({ db }).catch((error) => log("visa reminders failed", error)),
      runAppointmentReminders({ db }).catch((error) => log("appointment reminders failed", error)),
    ]);
  };
  run();
  const timer = setInterval(run, REMINDER_INTERVAL_MS);
  timer.unref?.();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** Every 5 minutes: an unconfirmed appointment is released within minutes of its confirm-by time. */
const CONFIRMATION_INTERVAL_MS = 5 * 60_000;

function startConfirmationJob(db: Db | undefined): RunningWorker {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = runAppointmentConfirmationJob({ db }).catch((error) => log("appointment confirmations failed", error));
  };
  run();
  const timer = setInterval(run, CONFIRMATION_INTERVAL_MS);
  timer.unref?.();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

export function startNotificationWorker(options: { db?: Db; pollMs?: number } = {}): RunningWorker {
  const config = readMailConfig();
  const mailer = createMailer(config);
  console.info(`[notify] worker started; e-mail ${config.smtpUrl ? "over SMTP" : `to ${config.mailDir}`}`);
  const outbox = startOutboxWorker({ mailer, db: options.db, pollMs: options.pollMs, onError: (error) => log("outbox round failed", error) });
  const reminders = startReminderJob(options.db);
  const confirmations = startConfirmationJob(options.db);
  return {
    async stop() {
      await Promise.all([outbox.stop(), reminders.stop(), confirmations.stop()]);
      mailer.close();
    },
  };
}

import type { Db } from "@/lib/db/client";
import { readMailConfig } from "./config";
import { createMailer } from "./mailer";
import { runAppointmentConfirmationJob } from "@/lib/booking/appointment-confirmations";
import { runVisaExpiryReminders } from "./visa-expiry-reminders";
import { runAppointmentReminders } from "./appointment-reminders";
import { runChangesDeadlineJob } from "@/lib/review/changes-deadline-job";
import { runPeopleDigest } from "./people-digest";
import { configuredRetryWindowMs, startOutboxWorker, type RunningWorker } from "./worker";
import { logFor } from "@/lib/log/logger";

// Everything notifications need in the background of one process: the outbox sender and the
// visa-reminder job. Started by instrumentation.ts with the web server, or on its own by
// scripts/worker.ts. Any number of processes may run it (see worker.ts, visa-expiry-reminders.ts).

/** Hourly: the job is idempotent, so running it more often than daily only makes it prompt after a restart. */
const REMINDER_INTERVAL_MS = 60 * 60_000;

const log = logFor("jobs");

/** Counts only (arrays become their length): a job's log line never carries personal data. */
function summary(result: unknown): Record<string, number> {
  return Object.fromEntries(
    Object.entries((result ?? {}) as Record<string, unknown>).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.length : Number(value),
    ]),
  );
}

/** One log line per run of a background job, with its duration; a failure once, with its stack. */
async function runJob(job: string, work: () => Promise<unknown>): Promise<void> {
  const started = Date.now();
  try {
    const result = await work();
    log.info({ job, durationMs: Date.now() - started, result: summary(result) }, "job run");
  } catch (error) {
    log.error({ job, durationMs: Date.now() - started, err: error }, "job failed");
  }
}

function startReminderJob(db: Db | undefined): RunningWorker {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = Promise.all([
      runJob("visa-expiry-reminders", () => runVisaExpiryReminders({ db })),
      runJob("appointment-reminders", () => runAppointmentReminders({ db })),
      runJob("changes-deadlines", () => runChangesDeadlineJob({ db })),
      runJob("people-digest", () => runPeopleDigest({ db })),
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
    running = runJob("appointment-confirmations", () => runAppointmentConfirmationJob({ db }));
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
  log.info({ transport: config.smtpUrl ? "smtp" : "file" }, "notification worker started");
  const outbox = startOutboxWorker({
    mailer,
    db: options.db,
    pollMs: options.pollMs,
    retryWindowMs: configuredRetryWindowMs(),
    onError: (error) => log.error({ job: "outbox", err: error }, "job failed"),
    // An idle poll (every few seconds) is not worth a line at the default level.
    onBatch: (result, durationMs) => log[result.claimed ? "info" : "debug"]({ job: "outbox", durationMs, result }, "job run"),
  });
  const reminders = startReminderJob(options.db);
  const confirmations = startConfirmationJob(options.db);
  return {
    async stop() {
      await Promise.all([outbox.stop(), reminders.stop(), confirmations.stop()]);
      mailer.close();
    },
  };
}

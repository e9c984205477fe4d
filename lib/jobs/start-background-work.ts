import { startNotificationWorker } from "@/lib/notify/start-worker";
import type { RunningWorker } from "@/lib/notify/worker";
import { spawnPassportReader, webReaderCommand, type ReaderCommand } from "@/lib/passport/jobs/spawn-reader";
import { storage } from "@/lib/storage";
import { startStorageSweep } from "@/lib/uploads/sweep-storage";

// Everything that runs in the background rather than in answer to a request (issue 13): the
// outbox sender, the reminder / deadline / release jobs, the storage sweep and the passport reader
// (issue 18). One place, so that the worker process (scripts/worker.ts) and a web server without a
// separate worker (instrumentation.ts, WORKER unset) start the same set. Every job is safe with any
// number of worker processes at once (SKIP LOCKED claims, leases, idempotent runs).

export type BackgroundWorkOptions = {
  notifications?: boolean;
  storageSweep?: boolean;
  /** The passport reader's child process: how to start it, or false for none (default: as a web server does). */
  passportReader?: ReaderCommand | boolean;
};

/** What WORKER / NOTIFY_WORKER / UPLOAD_SWEEP / PASSPORT_WORKER ask of a web server (the worker process runs everything). */
export function backgroundWorkForWebServer(
  env: Record<string, string | undefined> = process.env,
): Required<{ [K in keyof BackgroundWorkOptions]: boolean }> {
  // WORKER=0: a separate worker runs the jobs, so web instances only serve. NOTIFY_WORKER=0 is the
  // older, narrower switch (e-mails and reminders only), still honoured; PASSPORT_WORKER=0 leaves
  // passport scans unread here (another process reads them).
  const jobsHere = env.WORKER !== "0";
  return {
    notifications: jobsHere && env.NOTIFY_WORKER !== "0",
    storageSweep: jobsHere && env.UPLOAD_SWEEP !== "0",
    passportReader: jobsHere && env.PASSPORT_WORKER !== "0",
  };
}

export function startBackgroundWork(options: BackgroundWorkOptions = {}): RunningWorker {
  const running: RunningWorker[] = [];
  if (options.storageSweep ?? process.env.UPLOAD_SWEEP !== "0") running.push(startStorageSweep(storage()));
  if (options.notifications ?? true) running.push(startNotificationWorker());
  const reader = options.passportReader ?? process.env.PASSPORT_WORKER !== "0";
  if (reader) running.push(spawnPassportReader(reader === true ? webReaderCommand() : reader));
  return {
    async stop() {
      await Promise.all(running.map((work) => work.stop()));
    },
  };
}

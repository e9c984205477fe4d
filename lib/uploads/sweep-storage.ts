import { findReferencedStorageKeys, hasAnyStoredFileReference } from "@/lib/uploads/data/stored-file-references";
import { errorText, logEvent } from "@/lib/log/log-event";
import type { StorageDriver, StoredObject } from "@/lib/storage";

// The storage sweep (issue 20): removes what no flow can reach any more. Incomplete uploads
// (`.partial` files, S3 multipart uploads) left by a crash or a kill mid-upload, and complete
// objects no database row points at (bytes stored, then the recording failed and the clean-up
// could not run). Only what is older than the grace period is touched, so an upload still being
// written, or stored a moment before its row commits, is never taken; a referenced object is
// never removed, whatever its age. Every removal is logged.

export type SweepOptions = {
  driver: StorageDriver;
  now?: Date;
  /** Nothing younger than this is removed (default 60 minutes). */
  graceMs?: number;
  /** Keys checked against the database per query. */
  chunkSize?: number;
  /** Report only. */
  dryRun?: boolean;
  findReferenced?: (keys: readonly string[]) => Promise<Set<string>>;
  hasAnyReference?: () => Promise<boolean>;
};

export type SweepResult = {
  abortedIncomplete: number;
  removedOrphans: number;
  keptReferenced: number;
  keptRecent: number;
  refused?: string;
};

export const DEFAULT_SWEEP_GRACE_MS = 60 * 60_000;

export async function sweepStorage(options: SweepOptions): Promise<SweepResult> {
  const { driver, dryRun = false } = options;
  const cutoff = (options.now ?? new Date()).getTime() - (options.graceMs ?? DEFAULT_SWEEP_GRACE_MS);
  const findReferenced = options.findReferenced ?? findReferencedStorageKeys;
  const chunkSize = options.chunkSize ?? 500;
  const result: SweepResult = { abortedIncomplete: 0, removedOrphans: 0, keptReferenced: 0, keptRecent: 0 };

  for await (const upload of driver.listIncomplete()) {
    if (upload.startedAt.getTime() > cutoff) continue;
    if (!dryRun) await driver.abortIncomplete(upload);
    result.abortedIncomplete++;
    logEvent("info", "storage.incomplete_removed", { key: upload.key, startedAt: upload.startedAt.toISOString(), dryRun });
  }

  // A database that records no file at all next to a store that holds old ones means the two do
  // not belong together (a fresh database, a wrong UPLOADS_DIR or bucket): remove nothing.
  if (!(await (options.hasAnyReference ?? hasAnyStoredFileReference)())) {
    for await (const object of driver.list()) {
      if (object.modifiedAt.getTime() <= cutoff) {
        result.refused = "the database records no files, but storage holds old ones: not sweeping (check DATABASE_URL and UPLOADS_DIR)";
        logEvent("warn", "storage.sweep_refused", { reason: result.refused });
        return result;
      }
    }
  }

  let chunk: StoredObject[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    const referenced = await findReferenced(chunk.map((o) => o.key));
    for (const object of chunk) {
      if (referenced.has(object.key)) {
        result.keptReferenced++;
        continue;
      }
      if (!dryRun) await driver.delete(object.key);
      result.removedOrphans++;
      logEvent("info", "storage.orphan_removed", {
        key: object.key,
        sizeBytes: object.sizeBytes,
        modifiedAt: object.modifiedAt.toISOString(),
        dryRun,
      });
    }
    chunk = [];
  };
  for await (const object of driver.list()) {
    if (object.modifiedAt.getTime() > cutoff) {
      result.keptRecent++;
      continue;
    }
    chunk.push(object);
    if (chunk.length >= chunkSize) await flush();
  }
  await flush();
  return result;
}

/** UPLOAD_SWEEP_GRACE_MINUTES and UPLOAD_SWEEP_INTERVAL_MINUTES (defaults 60 and 360). */
export function sweepSettings(env: Record<string, string | undefined> = process.env) {
  const minutes = (value: string | undefined, fallback: number) => {
    const parsed = Number(value);
    return Number.isFinite(parsed) && parsed >= 0 ? parsed * 60_000 : fallback;
  };
  return {
    graceMs: minutes(env.UPLOAD_SWEEP_GRACE_MINUTES, DEFAULT_SWEEP_GRACE_MS),
    intervalMs: Math.max(60_000, minutes(env.UPLOAD_SWEEP_INTERVAL_MINUTES, 6 * 60 * 60_000)),
  };
}

/** Sweeps at start and then on a schedule, in the background of the server process. */
export function startStorageSweep(driver: StorageDriver): { stop(): Promise<void> } {
  const { graceMs, intervalMs } = sweepSettings();
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = sweepStorage({ driver, graceMs })
      .then((result) => logEvent("info", "storage.sweep_done", result))
      .catch((error) => logEvent("warn", "storage.sweep_failed", { error: errorText(error, 300) }));
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref?.();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

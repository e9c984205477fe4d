import type { Db } from "@/lib/db/client";
import { runPassportScanJobs } from "./run";

// Polls for passport scans to read. Separate from the e-mail worker: reading a page takes about a
// second of CPU, and e-mails must not wait behind it.

export type RunningPassportWorker = { stop(): Promise<void> };

export function startPassportWorker(options: { db?: Db; pollMs?: number } = {}): RunningPassportWorker {
  const pollMs = options.pollMs ?? Number(process.env.PASSPORT_POLL_MS ?? 2000);
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runPassportScanJobs({ db: options.db })
      .catch((error) => console.warn(`[passport] round failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        if (!stopped) {
          timer = setTimeout(tick, pollMs);
          timer.unref?.();
        }
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      const { stopOcr } = await import("../ocr-engine");
      await stopOcr();
    },
  };
}

import { startNotificationWorker } from "./start-worker";

// Node-only half of instrumentation.ts (kept apart so the edge build never sees `process.once`).

export function registerNotificationWorker(): void {
  const state = globalThis as unknown as { notifyWorkerStarted?: boolean };
  // Development reloads may evaluate the instrumentation again; one worker per process is enough.
  if (state.notifyWorkerStarted) return;
  state.notifyWorkerStarted = true;
  const worker = startNotificationWorker();
  // Let the batch in hand finish; a row cut off anyway is re-sent after its lease (worker.ts).
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void worker.stop());
}

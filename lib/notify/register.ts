import { isShutdownManaged, onShutdown } from "@/lib/lifecycle/shutdown";
import { startNotificationWorker } from "./start-worker";

// Node-only half of instrumentation.ts (kept apart so the edge build never sees `process.once`).

export function registerNotificationWorker(): void {
  const state = globalThis as unknown as { notifyWorkerStarted?: boolean };
  // Development reloads may evaluate the instrumentation again; one worker per process is enough.
  if (state.notifyWorkerStarted) return;
  state.notifyWorkerStarted = true;
  const worker = startNotificationWorker();
  // The production server (server.mjs) stops it after SIGTERM, in parallel with the requests in
  // flight; the message being sent is finished, the rest handed back (worker.ts).
  if (isShutdownManaged()) onShutdown("stop-work", "notification worker", () => worker.stop());
  else for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void worker.stop());
}

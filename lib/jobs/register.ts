import { isShutdownManaged, onShutdown } from "@/lib/lifecycle/shutdown";
import { startBackgroundWork, type BackgroundWorkOptions } from "./start-background-work";

// Node-only half of instrumentation.ts (kept apart so the edge build never sees `process.once`).

export function registerBackgroundWork(options: BackgroundWorkOptions): void {
  const state = globalThis as unknown as { backgroundWorkStarted?: boolean };
  // Development reloads may evaluate the instrumentation again; one set of jobs per process is enough.
  if (state.backgroundWorkStarted) return;
  state.backgroundWorkStarted = true;
  const work = startBackgroundWork(options);
  // The production server (server.mjs) stops it after SIGTERM, in parallel with the requests in
  // flight; the message being sent is finished, the rest handed back (lib/notify/worker.ts).
  if (isShutdownManaged()) onShutdown("stop-work", "background jobs", () => work.stop());
  else for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void work.stop());
}

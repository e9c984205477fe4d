// What the production server (server.mjs) runs after SIGTERM. Background work registers a
// "stop-work" hook (run at once, in parallel with the requests in flight); resources register a
// "close" hook (run after the requests and the work have finished), e.g. the database pool.
// Shared through globalThis because server.mjs is outside the application bundle.
export type ShutdownPhase = "stop-work" | "close";
type Hook = { phase: ShutdownPhase; name: string; run: () => Promise<void> };
type Lifecycle = { draining: boolean; managed?: boolean; hooks: Hook[] };

const KEY = Symbol.for("expat.lifecycle");

function lifecycle(): Lifecycle {
  const shared = globalThis as Record<symbol, Lifecycle | undefined>;
  return (shared[KEY] ??= { draining: false, hooks: [] });
}

export function onShutdown(phase: ShutdownPhase, name: string, run: () => Promise<void>): void {
  lifecycle().hooks.push({ phase, name, run });
}

/** True once SIGTERM arrived: readiness answers 503 so that the load balancer stops sending traffic. */
export function isDraining(): boolean {
  return lifecycle().draining;
}

/** Whether server.mjs runs the hooks (otherwise, e.g. under `next dev`, the caller handles signals). */
export function isShutdownManaged(): boolean {
  return lifecycle().managed === true;
}

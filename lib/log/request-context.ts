import type { AsyncLocalStorage } from "node:async_hooks";

// The request a piece of server code runs for. server.mjs (the production server) opens one
// context per HTTP request and shares it through globalThis, so log lines written anywhere while
// handling that request carry its id, and the request's own log line carries the signed-in user.
// Under `next dev` there is no such server: the context is simply absent.
export type RequestContext = { requestId: string; userId?: string; sqlStatements?: number; notCacheable?: boolean };

const KEY = Symbol.for("expat.requestContext");

export function currentRequest(): RequestContext | undefined {
  const storage = (globalThis as Record<symbol, unknown>)[KEY] as AsyncLocalStorage<RequestContext> | undefined;
  return storage?.getStore();
}

/** Called where the signed-in user is known (lib/auth/current-user.ts). */
export function noteRequestUser(userId: string): void {
  const context = currentRequest();
  if (context) context.userId = userId;
}

/** Counts one SQL statement against the current request (its log line shows `sql`; issue 19). */
export function noteSqlStatement(): void {
  const context = currentRequest();
  if (context) context.sqlStatements = (context.sqlStatements ?? 0) + 1;
}

/**
 * The page being rendered shows stand-in data (the database could not be read): the production
 * server's page cache must not keep it (lib/http/page-cache.mjs), or visitors would go on seeing
 * it after the database is back.
 */
export function noteNotCacheable(): void {
  const context = currentRequest();
  if (context) context.notCacheable = true;
}

import pino, { type Logger } from "pino";
import { baseLoggerOptions } from "./redact.mjs";
import { currentRequest } from "./request-context";

// One JSON line per event (docs/decisions/011-structured-logs-and-file-access.md). The production server
// (server.mjs) makes the root logger and shares it; scripts, the worker process, `next dev` and
// tests make their own with the same options. Every line written while a request is handled
// carries its request id and, once known, the user's id.
const KEY = Symbol.for("expat.logger");

function createLogger(): Logger {
  return pino({
    ...baseLoggerOptions(),
    mixin() {
      const context = currentRequest();
      return context ? { reqId: context.requestId, userId: context.userId } : {};
    },
  });
}

const shared = globalThis as Record<symbol, Logger | undefined>;
export const logger: Logger = shared[KEY] ?? (shared[KEY] = createLogger());

/** A child logger for one part of the system, e.g. logFor("notify"); of the shared root logger at the time of the call. */
export function logFor(component: string): Logger {
  return (shared[KEY] ?? logger).child({ component });
}

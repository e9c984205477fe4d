import { logFor } from "./logger";

// One structured line per operational event (a failed e-mail attempt, a swept file, a missing
// upload): a pino line like every other log line of the portal (docs/decisions/011), with
// `component: "ops"` and an `event` name a log shipper can index and alert on, e.g.
//   {"level":"warn","time":"…","service":"expat-portal","component":"ops","event":"outbox.failed","outboxId":"…","msg":"outbox.failed"}
// Written while a request is handled, it carries that request's id (lib/log/logger.ts).

export type LogLevel = "info" | "warn" | "error";

export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** Logs `event` with `fields` at `level`. Never throws. */
export function logEvent(level: LogLevel, event: string, fields: LogFields = {}): void {
  try {
    // Looked up per event (they are rare), so the logger shared at that moment is the one used.
    logFor("ops")[level]({ ...fields, event }, event);
  } catch {
    // Logging must never take down the code path it reports on.
  }
}

/** The error's text for a log field or a database column: name and message, bounded. */
export function errorText(error: unknown, max = 1000): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, max);
}

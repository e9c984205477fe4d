// One structured line per operational event (a failed e-mail attempt, a swept file, a missing
// upload), as JSON on stdout/stderr so a log shipper can index it without parsing prose. Every
// caller goes through this function, so moving to a logging library (pino) is a change here only.

export type LogLevel = "info" | "warn" | "error";

export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** Writes `{"level","time","event",...fields}` as one line. Never throws. */
export function logEvent(level: LogLevel, event: string, fields: LogFields = {}): void {
  try {
    const line = JSON.stringify({ level, time: new Date().toISOString(), event, ...fields });
    if (level === "info") console.info(line);
    else if (level === "warn") console.warn(line);
    else console.error(line);
  } catch {
    // Logging must never take down the code path it reports on.
  }
}

/** The error's text for a log field or a database column: name and message, bounded. */
export function errorText(error: unknown, max = 1000): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, max);
}

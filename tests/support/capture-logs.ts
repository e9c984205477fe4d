import pino from "pino";
import { baseLoggerOptions } from "@/lib/log/redact.mjs";

// The portal's log lines as a test sees them: the shared root logger (lib/log/logger.ts; silent
// under Vitest) is replaced by one at level "trace" with the same options (redaction, level
// labels) writing each JSON line into `lines`, until restore().

const KEY = Symbol.for("expat.logger");
type Shared = Record<symbol, unknown>;

export type CapturedLogs = { lines: Record<string, unknown>[]; restore(): void };

export function captureLogs(): CapturedLogs {
  const lines: Record<string, unknown>[] = [];
  const shared = globalThis as Shared;
  const previous = shared[KEY];
  shared[KEY] = pino({ ...baseLoggerOptions(), level: "trace" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return {
    lines,
    restore: () => {
      shared[KEY] = previous;
    },
  };
}

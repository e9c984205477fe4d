import type { LoggerOptions } from "pino";

export const REDACT_PATHS: string[];
export function baseLoggerOptions(env?: Record<string, string | undefined>): LoggerOptions;

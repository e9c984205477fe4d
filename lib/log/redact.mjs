// What never reaches a log line (lib/log/logger.ts and server.mjs share it): passwords, tokens,
// secrets, passport numbers and file content, at any of the first few levels of a logged object.
const KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "accessToken",
  "refreshToken",
  "csrfToken",
  "secret",
  "authorization",
  "cookie",
  "set-cookie",
  "passportNumber",
  "passport",
  "iin",
  "content",
  "body",
  "buffer",
  "smtpUrl",
];

export const REDACT_PATHS = KEYS.flatMap((key) => {
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const join = (prefix) => (safe.startsWith("[") ? `${prefix}${safe}` : `${prefix}.${safe}`);
  return [safe, join("*"), join("*.*"), join("*.*.*")];
});

/** pino options both loggers use. */
export function baseLoggerOptions(env = process.env) {
  const isTest = env.NODE_ENV === "test" || env.VITEST;
  return {
    level: env.LOG_LEVEL || (isTest ? "silent" : "info"),
    base: { service: "expat-portal", pid: process.pid },
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label) => ({ level: label }) },
  };
}

import { afterEach, beforeEach, expect, it } from "vitest";
import { captureLogs, type CapturedLogs } from "@/tests/support/capture-logs";
import { authLogger } from "./auth-logger";

let logs: CapturedLogs;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => logs.restore());

// Auth.js errors as @auth/core builds them: `type` from the class, `code` on CredentialsSignin
// (lib/auth/auth.ts's ThrottledSignIn sets "throttled"). The real ones reach the logger in
// tests/production/serving.test.ts.
const authError = (type: string, extra: Record<string, string> = {}) =>
  Object.assign(new Error(`Read more at https://errors.authjs.dev#${type.toLowerCase()}`), { type, ...extra });

it("logs a wrong password as one info line without a stack", () => {
  authLogger.error(authError("CredentialsSignin", { code: "credentials" }));
  expect(logs.lines).toEqual([
    expect.objectContaining({ level: "info", component: "auth", event: "auth.sign_in_refused", reason: "credentials" }),
  ]);
  expect(logs.lines[0]).not.toHaveProperty("err");
  expect(JSON.stringify(logs.lines)).not.toMatch(/\bat .*\(/);
});

it("logs a throttled sign-in as a warning, still without a stack", () => {
  authLogger.error(authError("CredentialsSignin", { code: "throttled" }));
  expect(logs.lines).toEqual([expect.objectContaining({ level: "warn", event: "auth.sign_in_refused", reason: "throttled" })]);
  expect(logs.lines[0]).not.toHaveProperty("err");
});

it("logs what a client caused (a stale CSRF token) as a warning", () => {
  authLogger.error(authError("MissingCSRF"));
  expect(logs.lines).toEqual([expect.objectContaining({ level: "warn", event: "auth.request_refused", type: "MissingCSRF" })]);
});

it("keeps real errors as errors, with their stack", () => {
  authLogger.error(Object.assign(new Error("Missing secret"), { type: "MissingSecret" }));
  authLogger.error(new TypeError("database unreachable"));
  expect(logs.lines.map((l) => l.level)).toEqual(["error", "error"]);
  expect(logs.lines[0]).toMatchObject({
    type: "MissingSecret",
    err: expect.objectContaining({ message: "Missing secret", stack: expect.stringContaining("auth-logger.test.ts") }),
  });
  expect(logs.lines[1]).toMatchObject({ type: "TypeError", err: expect.objectContaining({ type: "TypeError" }) });
});

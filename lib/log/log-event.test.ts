import { afterEach, beforeEach, expect, it } from "vitest";
import { captureLogs, type CapturedLogs } from "@/tests/support/capture-logs";
import { errorText, logEvent } from "./log-event";

let logs: CapturedLogs;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => logs.restore());

it("writes an operational event as a pino line of the shared logger, at its level", () => {
  logEvent("warn", "outbox.failed", { outboxId: "o1", attempt: 3, permanent: true, smtpCode: null });
  expect(logs.lines).toEqual([
    expect.objectContaining({
      level: "warn",
      service: "expat-portal",
      component: "ops",
      event: "outbox.failed",
      msg: "outbox.failed",
      outboxId: "o1",
      attempt: 3,
      permanent: true,
      smtpCode: null,
    }),
  ]);
  expect(typeof logs.lines[0].time).toBe("string");
});

it("keeps the event name even if a field is called `event`, and redacts secrets like every line", () => {
  logEvent("error", "storage.object_missing", { event: "spoofed", token: "abc" } as never);
  expect(logs.lines[0]).toMatchObject({ level: "error", event: "storage.object_missing", token: "[redacted]" });
});

it("bounds an error's text", () => {
  expect(errorText(new TypeError("x".repeat(50)), 20)).toBe(`TypeError: ${"x".repeat(9)}`);
  expect(errorText("plain")).toBe("plain");
});

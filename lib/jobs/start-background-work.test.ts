import { describe, expect, it } from "vitest";
import { webReaderCommand } from "@/lib/passport/jobs/spawn-reader";
import { backgroundWorkForWebServer } from "./start-background-work";

describe("background work in a web server", () => {
  it("runs every job by default (one process, nothing else to start)", () => {
    expect(backgroundWorkForWebServer({})).toEqual({ notifications: true, storageSweep: true, passportReader: true });
  });
  it("runs none with WORKER=0 (a separate worker runs them)", () => {
    expect(backgroundWorkForWebServer({ WORKER: "0" })).toEqual({ notifications: false, storageSweep: false, passportReader: false });
    expect(backgroundWorkForWebServer({ WORKER: "0", NOTIFY_WORKER: "1", UPLOAD_SWEEP: "1" })).toEqual({
      notifications: false,
      storageSweep: false,
      passportReader: false,
    });
  });
  it("still honours the narrower switches", () => {
    expect(backgroundWorkForWebServer({ NOTIFY_WORKER: "0" })).toEqual({ notifications: false, storageSweep: true, passportReader: true });
    expect(backgroundWorkForWebServer({ PASSPORT_WORKER: "0" })).toEqual({
      notifications: true,
      storageSweep: true,
      passportReader: false,
    });
    expect(backgroundWorkForWebServer({ UPLOAD_SWEEP: "0" })).toEqual({ notifications: true, storageSweep: false, passportReader: true });
  });
});

describe("the passport reader's process", () => {
  it("is the production build's bundled worker in production, the worker script through tsx otherwise", () => {
    const here = process.cwd();
    expect(webReaderCommand({ NODE_ENV: "development" }, here).args).toEqual([
      "--import",
      "tsx",
      `${here}/scripts/worker.ts`,
      "--passport-reader",
    ]);
    // No build in an empty folder: even in production, the source through tsx.
    expect(webReaderCommand({ NODE_ENV: "production" }, "/nonexistent").args).toEqual([
      "--import",
      "tsx",
      "/nonexistent/scripts/worker.ts",
      "--passport-reader",
    ]);
  });
});

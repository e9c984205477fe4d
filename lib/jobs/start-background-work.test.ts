import { describe, expect, it } from "vitest";
import { backgroundWorkForWebServer } from "./start-background-work";

describe("background work in a web server", () => {
  it("runs every job by default (one process, nothing else to start)", () => {
    expect(backgroundWorkForWebServer({})).toEqual({ notifications: true, storageSweep: true });
  });
  it("runs none with WORKER=0 (a separate worker runs them)", () => {
    expect(backgroundWorkForWebServer({ WORKER: "0" })).toEqual({ notifications: false, storageSweep: false });
    expect(backgroundWorkForWebServer({ WORKER: "0", NOTIFY_WORKER: "1", UPLOAD_SWEEP: "1" })).toEqual({ notifications: false, storageSweep: false });
  });
  it("still honours the narrower switches", () => {
    expect(backgroundWorkForWebServer({ NOTIFY_WORKER: "0" })).toEqual({ notifications: false, storageSweep: true });
    expect(backgroundWorkForWebServer({ UPLOAD_SWEEP: "0" })).toEqual({ notifications: true, storageSweep: false });
  });
});

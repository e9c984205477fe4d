import { describe, expect, it } from "vitest";
import { z } from "zod";

// instrumentation-client.ts turns zod's eval off in the browser without importing zod, by writing
// to the global zod keeps its configuration in. This fails if a zod upgrade moves that setting.
describe("the browser's zod configuration (instrumentation-client.ts)", () => {
  it("is the configuration zod reads: jitless, so no eval probe under the CSP", async () => {
    z.config({ jitless: false });
    expect(z.config().jitless).toBe(false);
    await import("@/instrumentation-client");
    expect(z.config().jitless).toBe(true);
  });
});

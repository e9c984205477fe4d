import { describe, expect, it } from "vitest";
import { isOffSite, redirectPayloads } from "@/tests/security/redirect-payloads";
import { safeReturnPath } from "./return-path";

const ORIGIN = "https://portal.example";

describe("return path after sign-in, sign-out and language switch", () => {
  it.each(["/portal", "/ru/staff?page=2", "/portal/applications/abc#documents", "/staff?from=2026-01-01T10:00"])(
    "follows the same-site path %s",
    (path) => {
      expect(safeReturnPath(path)).toBe(path);
    },
  );

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example/",
    "/\r\n/evil.example",
    "portal",
    "",
    undefined,
    42,
  ])("refuses %j", (path) => {
    expect(safeReturnPath(path)).toBeNull();
  });

  it("encodes what a Location header cannot carry instead of passing it on", () => {
    expect(safeReturnPath("/portal/\u3000x")).toBe("/portal/%E3%80%80x");
  });

  it(`keeps every one of the ${redirectPayloads().length} attack payloads on the site`, () => {
    const payloads = redirectPayloads();
    expect(payloads.length).toBeGreaterThanOrEqual(150);
    for (const payload of payloads) {
      const path = safeReturnPath(payload);
      if (path === null) continue;
      // What a browser does with the Location header: resolve it against the page's origin.
      expect(isOffSite(path, ORIGIN), `${JSON.stringify(payload)} → ${path}`).toBe(false);
      expect(path).not.toMatch(/[\u0000-\u001f\u007f\\]|^\/\//u);
    }
  });
});

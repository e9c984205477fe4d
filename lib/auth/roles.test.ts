import { describe, expect, it } from "vitest";
import { canEnter, homePathFor, safeReturnPath } from "./roles";

describe("areas by role", () => {
  it("lets applicants into the portal only", () => {
    expect([canEnter("portal", "APPLICANT"), canEnter("staff", "APPLICANT"), canEnter("admin", "APPLICANT")]).toEqual([true, false, false]);
  });
  it("lets staff into the staff area only", () => {
    expect([canEnter("portal", "STAFF"), canEnter("staff", "STAFF"), canEnter("admin", "STAFF")]).toEqual([false, true, false]);
  });
  it("lets admins into staff and admin areas", () => {
    expect([canEnter("portal", "ADMIN"), canEnter("staff", "ADMIN"), canEnter("admin", "ADMIN")]).toEqual([false, true, true]);
  });
  it("sends each role home", () => {
    expect(["APPLICANT", "STAFF", "ADMIN"].map((r) => homePathFor(r as "STAFF"))).toEqual(["/portal", "/staff", "/admin"]);
  });
});

describe("return path after sign-in", () => {
  it.each(["/portal", "/ru/staff?page=2"])("follows the same-site path %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "portal", undefined, 42])("refuses %j (open redirect)", (path) => {
    expect(safeReturnPath(path)).toBeNull();
  });
});

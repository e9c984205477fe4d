import { describe, expect, it } from "vitest";
import { canEnter, homePathFor } from "./roles";

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

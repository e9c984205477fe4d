import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { consumeStatusLookup, lookUpApplicationStatus } from "@/lib/status/data/status-lookup";
import { LIMITS } from "@/lib/auth/data/throttles";
import { createSubmittedApplication } from "../support/factories/applications";

// Issue 17: the status check without signing in.

describe("public status check", () => {
  it("answers status, next step and due date for a matching reference and passport, nothing else", async () => {
    const { application, person } = await createSubmittedApplication(prisma, { status: "CHANGES_REQUESTED" });
    await prisma.application.update({ where: { id: application.id }, data: { changesDueOn: new Date("2030-01-15T00:00:00Z") } });
    const answer = await lookUpApplicationStatus(application.number!, person.passportNumber);
    expect(answer).toEqual({ found: true, status: "CHANGES_REQUESTED", nextStep: "CHANGES_REQUESTED", dueOn: "2030-01-15" });
  });

  it("gives the same shape when either half is wrong, and never shows drafts", async () => {
    const { application, person } = await createSubmittedApplication(prisma);
    const other = await createSubmittedApplication(prisma);
    const misses = await Promise.all([
      lookUpApplicationStatus(application.number!, other.person.passportNumber),
      lookUpApplicationStatus("EC-2099-999999", person.passportNumber),
    ]);
    for (const miss of misses) expect(miss).toEqual({ found: false, status: null, nextStep: null, dueOn: null });
    expect(Object.keys(misses[0]).sort()).toEqual(
      Object.keys(await lookUpApplicationStatus(application.number!, person.passportNumber)).sort(),
    );
    await prisma.application.update({ where: { id: application.id }, data: { status: "DRAFT" } });
    expect((await lookUpApplicationStatus(application.number!, person.passportNumber)).found).toBe(false);
  });

  it("throttles per address, counting parallel attempts too", async () => {
    const address = `203.0.113.${randomBytes(1)[0]}-${randomBytes(3).toString("hex")}`;
    const results = await Promise.all(Array.from({ length: LIMITS.statusLookup.points + 5 }, () => consumeStatusLookup(address)));
    expect(results.filter(Boolean)).toHaveLength(LIMITS.statusLookup.points);
    expect(await consumeStatusLookup(`${address}-other`)).toBe(true);
  });
});

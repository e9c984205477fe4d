import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentDecisionSchema, isRejectReason, REJECT_REASONS, rejectReasonKey } from "./reject-reasons";

const base = { applicationId: "app1", documentId: "doc1", expectedVersion: "3" };

describe("reject reasons", () => {
  it("has a text for every reason in English, Russian and Kazakh", () => {
    for (const locale of ["en", "ru", "kk"]) {
      const messages = JSON.parse(fs.readFileSync(path.resolve("messages/review", `${locale}.json`), "utf8"));
      for (const reason of REJECT_REASONS) expect(messages.reasons?.[reason], `${locale}: ${reason}`).toMatch(/\S/);
      // rejectReasons is the key the applicant pages read; it must say exactly what reasons says.
      expect(messages.rejectReasons, locale).toEqual(messages.reasons);
    }
  });

  it("knows its codes", () => {
    expect(isRejectReason("EXPIRED_PASSPORT")).toBe(true);
    expect(isRejectReason("expired_passport")).toBe(false);
    expect(rejectReasonKey("MISSING_APOSTILLE")).toBe("review.reasons.MISSING_APOSTILLE");
    expect(rejectReasonKey("SOMETHING_NEW")).toBeNull();
    expect(rejectReasonKey(null)).toBeNull();
  });
});

describe("document decision form", () => {
  it("approves without a reason", () => {
    expect(documentDecisionSchema.parse({ ...base, decision: "APPROVE", comment: "  " })).toEqual({
      applicationId: "app1",
      documentId: "doc1",
      expectedVersion: 3,
      decision: "APPROVE",
      comment: undefined,
    });
  });
  it("rejects only with a reason from the list", () => {
    const missing = documentDecisionSchema.safeParse({ ...base, decision: "REJECT" });
    expect(missing.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["reason", "review.validation.reasonRequired"]]);
    expect(documentDecisionSchema.safeParse({ ...base, decision: "REJECT", reason: "UGLY" }).success).toBe(false);
    expect(
      documentDecisionSchema.parse({ ...base, decision: "REJECT", reason: "EXPIRED_PASSPORT", comment: " expired in May " }),
    ).toMatchObject({
      reason: "EXPIRED_PASSPORT",
      comment: "expired in May",
    });
  });
  it("wants a comment when the reason is OTHER", () => {
    const result = documentDecisionSchema.safeParse({ ...base, decision: "REJECT", reason: "OTHER" });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["comment"]);
  });
  it("refuses a comment longer than 1000 characters and a negative version", () => {
    expect(documentDecisionSchema.safeParse({ ...base, decision: "REJECT", reason: "UNREADABLE", comment: "x".repeat(1001) }).success).toBe(
      false,
    );
    expect(documentDecisionSchema.safeParse({ ...base, expectedVersion: -1, decision: "APPROVE" }).success).toBe(false);
  });
});

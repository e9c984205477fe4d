import { z } from "zod";

// The common reasons a document is sent back (issue 5). Each code has a text under
// review.reasons.<CODE> (and the same under review.rejectReasons.<CODE>, the key the applicant
// pages read; a unit test keeps the two equal) in all three languages, so the applicant reads the reason in their own
// language whatever the reviewer's; the free-text comment is shown as the reviewer wrote it.
// OTHER means "see the comment", so a comment is then required.
export const REJECT_REASONS = ["UNREADABLE", "EXPIRED_PASSPORT", "MISSING_APOSTILLE", "WRONG_DOCUMENT", "MISSING_PAGES", "OTHER"] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const REVIEWER_COMMENT_MAX = 1000;

export function isRejectReason(value: unknown): value is RejectReason {
  return typeof value === "string" && (REJECT_REASONS as readonly string[]).includes(value);
}

/** The message key of a stored reason code, or null for a code this version does not know. */
export function rejectReasonKey(code: string | null | undefined): `review.reasons.${RejectReason}` | null {
  return isRejectReason(code) ? `review.reasons.${code}` : null;
}

export type DocumentDecision = {
  applicationId: string;
  documentId: string;
  expectedVersion: number;
  decision: "APPROVE" | "REJECT";
  reason?: RejectReason;
  comment?: string;
};

/** A reviewer's decision on one document, as posted by the review form. */
export const documentDecisionSchema = z
  .object({
    applicationId: z.string().min(1).max(40),
    documentId: z.string().min(1).max(40),
    expectedVersion: z.coerce.number().int().min(0),
    decision: z.enum(["APPROVE", "REJECT"]),
    reason: z.enum(REJECT_REASONS).optional(),
    comment: z.string().trim().max(REVIEWER_COMMENT_MAX, "review.validation.commentTooLong").optional(),
  })
  .transform((value): DocumentDecision => ({ ...value, comment: value.comment || undefined }))
  .superRefine((value, ctx) => {
    if (value.decision === "APPROVE") return;
    if (!value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "review.validation.reasonRequired" });
    if (value.reason === "OTHER" && !value.comment)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "review.validation.commentRequiredForOther" });
  });
export type DocumentDecisionInput = z.input<typeof documentDecisionSchema>;

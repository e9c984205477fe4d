import { z } from "zod";

// One schema per review form, parsed again by the server action whatever the browser sent.
// Messages are keys under "review.validation".

const id = z.string().min(1).max(40);
const version = z.coerce.number().int().min(0);

export const NOTE_MAX = 4000;
export const REASON_MAX = 1000;

/** Buttons that move an application on (start review, request changes, approve, receive, complete). */
export const applicationStepSchema = z.object({ applicationId: id, expectedVersion: version });
export type ApplicationStep = z.infer<typeof applicationStepSchema>;

/**
 * "Mark as completed": for services that issue a visa or permit, staff may record the new
 * document's expiry, which goes into the company's people register (issue 17). "" = not given.
 */
export const completeStepSchema = applicationStepSchema.extend({
  issuedExpiresOn: z
    .union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "review.validation.dateRequired")])
    .optional()
    .transform((v) => v || undefined),
});
export type CompleteStep = ApplicationStep & { issuedExpiresOn?: string };

/** A reason the applicant will read: the 30-day extension and the final rejection. */
export const reasonedStepSchema = applicationStepSchema.extend({
  reason: z.string().trim().min(1, "review.validation.reasonTextRequired").max(REASON_MAX, "review.validation.tooLong"),
});
export type ReasonedStep = z.infer<typeof reasonedStepSchema>;

export const assignSchema = applicationStepSchema.extend({
  // "" = nobody (unassign).
  assigneeId: z.union([id, z.literal("")]).transform((v) => v || null),
});
export type AssignInput = z.input<typeof assignSchema>;

export const noteSchema = z.object({
  applicationId: id,
  body: z.string().trim().min(1, "review.validation.noteRequired").max(NOTE_MAX, "review.validation.tooLong"),
});
export type NoteInput = z.infer<typeof noteSchema>;

/** Issue 17: staff give the applicant more time to answer a request for changes. */
export const extendChangesDeadlineSchema = reasonedStepSchema.extend({
  newDueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "review.validation.dateRequired"),
});
export type ExtendChangesDeadlineInput = z.infer<typeof extendChangesDeadlineSchema>;

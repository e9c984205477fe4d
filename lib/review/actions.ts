"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireArea } from "@/lib/auth/current-user";
import type { CurrentUser } from "@/lib/kernel/access";
import { runFormAction } from "@/lib/kernel/actions";
import { assignApplication } from "@/lib/review/data/review-assignment";
import { completeApplication } from "@/lib/review/data/review-complete";
import { approveDocuments, requestChanges, startReview } from "@/lib/review/data/review-decisions";
import { decideDocument } from "@/lib/review/data/review-documents";
import { addStaffNote } from "@/lib/review/data/review-notes";
import { extendDeadline, receiveOriginals, rejectApplication } from "@/lib/review/data/review-processing";
import { extendChangesDeadline, reopenApplication } from "@/lib/review/data/changes-deadline";
import {
  applicationStepSchema,
  assignSchema,
  completeStepSchema,
  extendChangesDeadlineSchema,
  noteSchema,
  reasonedStepSchema,
} from "@/lib/review/action-schemas";
import { invalidInput, toActionResult, type ReviewActionResult } from "@/lib/review/action-result";
import { documentDecisionSchema } from "@/lib/review/reject-reasons";

// Thin adapters on runFormAction: re-authenticate as staff, re-validate with the form's schema,
// run one lib/review/data step (which checks the role again) and answer with message keys. A
// refused step is a normal answer (lib/review/action-result.ts); only a real bug surfaces as an error.

function runReviewAction<S extends z.ZodType>(
  schema: S,
  input: unknown,
  step: (user: CurrentUser, data: z.output<S>) => Promise<unknown>,
  options: { revalidate?: boolean } = {},
): Promise<ReviewActionResult> {
  return runFormAction({
    actor: () => requireArea("staff"),
    schema,
    input,
    run: step,
    invalid: invalidInput,
    refused: toActionResult,
    revalidate: () => {
      // A document decision answers at once and the workspace refreshes in the background (its
      // statuses are updated in the browser meanwhile): the reviewer does not wait for the whole page.
      if (options.revalidate !== false) revalidatePath("/[locale]/staff/applications/[id]", "page");
      revalidatePath("/[locale]/staff", "page");
    },
  });
}

export async function startReviewAction(input: unknown): Promise<ReviewActionResult> {
  return runReviewAction(applicationStepSchema, input, startReview);
}

export async function decideDocumentAction(input: unknown): Promise<ReviewActionResult> {
  return runReviewAction(documentDecisionSchema, input, decideDocument, { revalidate: false });
}

export async function requestChangesAction(input: unknown): Promise<ReviewActionResult> {
  return runReviewAction(applicationStepSchema, input, requestChanges);
}

export async function approveDocumentsAction(input: unknown): Promise<ReviewActionResult> {
  return runReviewAction(applicationStepSchema, input, approveDocuments);
}

export async function receiveOriginalsAction(input: unknown): Promise<ReviewActionResult> {
  return runReviewAction(applicationStepSchema, input, (user, data) => receiveOriginals(user, data));
}

export async function extendDeadlineAction(input: unknown): Promise<ReviewActionResult> {
  return runReviewAction(reasonedStepSchema, input, (user, data) => extendDeadline(user, data));
}

/** Completion without a result file; with one, the file goes through ./result/route.ts. */
export async function completeAction(input: unknown): Promise<ReviewActionResult> {
  return runReviewAction(completeStepSchema, input, (user, data) => completeApplication(user, data));
}

export async function rejectApplicationAction(input: unknown): Promise<ReviewActionResult> {
  return runReviewAction(reasonedStepSchema, input, rejectApplication);
}

export async function assignAction(input: unknown): Promise<ReviewActionResult> {
  return runReviewAction(assignSchema, input, (user, data) => assignApplication(user, data));
}

export async function addNoteAction(input: unknown): Promise<ReviewActionResult> {
  return runReviewAction(noteSchema, input, (user, data) => addStaffNote(user, data));
}

export async function extendChangesDeadlineAction(input: unknown): Promise<ReviewActionResult> {
  return runReviewAction(extendChangesDeadlineSchema, input, (user, data) => extendChangesDeadline(user, data));
}

export async function reopenApplicationAction(input: unknown): Promise<ReviewActionResult> {
  return runReviewAction(reasonedStepSchema, input, (user, data) => reopenApplication(user, data));
}

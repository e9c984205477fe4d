"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getService, isServiceCode } from "@/lib/catalog";
import { requireArea } from "@/lib/auth/current-user";
import { answerRefusals, runFormAction } from "@/lib/kernel/actions";
import { fieldErrorsOf, type FormResult } from "@/lib/kernel/forms";
import { answerFieldErrors } from "./answer-errors";
import { checkLocation } from "@/lib/rules/eligibility";
import { createDraft, deleteDraft, saveDraftAnswers, saveDraftPeople, saveWizardStep } from "@/lib/applications/data/application-drafts";
import { submitApplication } from "@/lib/applications/data/application-submit";
import { withdrawApplication } from "@/lib/applications/data/application-withdraw";
import { getCompanyApplication } from "@/lib/applications/data/application-queries";
import { applicationRefusal, isApplicationError } from "@/lib/applications/errors";
import type { SubmissionProblem } from "@/lib/applications/submission-checks";
import { redirect } from "@/lib/i18n/navigation";
import { storage } from "@/lib/storage";
import { peopleStepSchema } from "./draft-schemas";

// Server actions are public endpoints: each one re-authenticates and re-validates. The form steps
// run through runFormAction; refusals are ApplicationErrors, answered from lib/applications/errors.ts.
// A step that succeeds moves the wizard on with a redirect, outside the runner (Next's redirect
// works by throwing). The actions that only redirect (start, delete, continue) say why below.

async function go(href: string): Promise<never> {
  return redirect({ href, locale: await getLocale() });
}

const refused = answerRefusals(applicationRefusal);

/** Not on runFormAction: its only input is the service code of a link, and its only answer a redirect. */
export async function startApplicationAction(formData: FormData): Promise<void> {
  const user = await requireArea("portal");
  const code = String(formData.get("serviceCode") ?? "");
  const draft = await createDraft(user, code);
  if (!draft) return go("/portal/applications/new");
  return go(`/portal/applications/${draft.id}/people`);
}

export async function savePeopleAction(applicationId: string, input: unknown, returnToCheck = false): Promise<FormResult> {
  const result = await runFormAction({
    actor: () => requireArea("portal"),
    schema: peopleStepSchema,
    input,
    run: (user, data) => saveDraftPeople(user, applicationId, data),
    invalid: (error) => ({ ok: false, fieldErrors: fieldErrorsOf(error) }),
    refused,
  });
  if (!result.ok) return result;
  return go(`/portal/applications/${applicationId}/${returnToCheck ? "check" : "details"}`);
}

/**
 * Not on runFormAction: the schema is the draft's own service's questions, so the draft is read
 * before the input can be parsed, and eligibility is a second check with its own field answer.
 */
export async function saveAnswersAction(applicationId: string, input: unknown, returnToCheck = false): Promise<FormResult> {
  const user = await requireArea("portal");
  const application = await getCompanyApplication(user, applicationId);
  if (!application || application.status !== "DRAFT" || !isServiceCode(application.serviceCode))
    return { ok: false, formError: "applications.errors.draftNotFound" };
  const service = getService(application.serviceCode);
  const raw = (input ?? {}) as Record<string, unknown>;
  const parsed = service.questions.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: answerFieldErrors(parsed.error, raw) };
  const location = raw.personLocation === "IN_KZ" || raw.personLocation === "OUTSIDE_KZ" ? raw.personLocation : undefined;
  if (!location) return { ok: false, fieldErrors: { personLocation: "applications.validation.locationRequired" } };
  // Eligibility is decided here, at the question that decides it, not at "Check your answers".
  const eligibility = checkLocation(service, location);
  if (!eligibility.ok) return { ok: false, fieldErrors: { personLocation: `catalog.${eligibility.messageKey}` } };
  await saveDraftAnswers(user, applicationId, { ...(parsed.data as Record<string, unknown>), personLocation: location });
  // Changing one answer from "Check your answers" goes straight back there (GOV.UK).
  return go(`/portal/applications/${applicationId}/${returnToCheck ? "check" : "documents"}`);
}

/** The submit button's answer: a message, or the list of what to put right first. */
export type SubmitResult = FormResult & { problems?: SubmissionProblem[] };

const submitSchema = z.object({ applicationId: z.string().min(1).max(64), acknowledgePassportBand: z.boolean() });

export async function submitAction(applicationId: string, options: { acknowledgePassportBand?: boolean } = {}): Promise<SubmitResult> {
  const result = await runFormAction({
    actor: () => requireArea("portal"),
    schema: submitSchema,
    input: { applicationId, acknowledgePassportBand: options.acknowledgePassportBand === true },
    run: (user, data) => submitApplication(user, data.applicationId, new Date(), { acknowledgePassportBand: data.acknowledgePassportBand }),
    invalid: (): SubmitResult => ({ ok: false, formError: "applications.errors.draftNotFound" }),
    refused: (error): SubmitResult =>
      isApplicationError(error) && error.code === "SUBMISSION_PROBLEMS" ? { ok: false, problems: error.problems } : refused(error),
    revalidate: () => revalidatePath("/[locale]/portal", "layout"),
  });
  if (!result.ok) return result;
  return go(`/portal/applications/${applicationId}?submitted=1`);
}

/** Not on runFormAction: a bound id and a redirect; the stored files go after the rows. */
export async function deleteDraftAction(applicationId: string): Promise<void> {
  const user = await requireArea("portal");
  const keys = await deleteDraft(user, applicationId);
  for (const key of keys ?? []) await storage().delete(key);
  return go("/portal");
}

export async function withdrawAction(applicationId: string): Promise<FormResult> {
  return runFormAction({
    actor: () => requireArea("portal"),
    schema: z.string().min(1).max(64),
    input: applicationId,
    run: (user, id) => withdrawApplication(user, id),
    invalid: (): FormResult => ({ ok: false, formError: "applications.errors.withdraw.NOT_FOUND" }),
    refused,
    revalidate: () => revalidatePath("/[locale]/portal", "layout"),
  });
}

/** Not on runFormAction: it records the wizard's place and redirects; there is nothing to refuse. */
export async function continueToCheckAction(applicationId: string): Promise<void> {
  const user = await requireArea("portal");
  await saveWizardStep(user, applicationId, "check");
  return go(`/portal/applications/${applicationId}/check`);
}

"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getService, isServiceCode } from "@/lib/catalog";
import { requireArea } from "@/lib/auth/current-user";
import { fieldErrorsOf, type FormResult } from "@/lib/kernel/forms";
import { answerFieldErrors } from "./answer-errors";
import { checkLocation } from "@/lib/rules/eligibility";
import { createDraft, deleteDraft, saveDraftAnswers, saveDraftPeople, saveWizardStep } from "@/lib/applications/data/application-drafts";
import { submitApplication, type SubmitOutcome } from "@/lib/applications/data/application-submit";
import { withdrawApplication } from "@/lib/applications/data/application-withdraw";
import { getCompanyApplication } from "@/lib/applications/data/application-queries";
import { redirect } from "@/lib/i18n/navigation";
import { storage } from "@/lib/storage";
import { peopleStepSchema } from "./draft-schemas";

// Server actions are public endpoints: each one re-authenticates and re-validates.

async function go(href: string): Promise<never> {
  return redirect({ href, locale: await getLocale() });
}

export async function startApplicationAction(formData: FormData): Promise<void> {
  const user = await requireArea("portal");
  const code = String(formData.get("serviceCode") ?? "");
  const draft = await createDraft(user, code);
  if (!draft) return go("/portal/applications/new");
  return go(`/portal/applications/${draft.id}/people`);
}

export async function savePeopleAction(applicationId: string, input: unknown, returnToCheck = false): Promise<FormResult> {
  const user = await requireArea("portal");
  const parsed = peopleStepSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = await saveDraftPeople(user, applicationId, parsed.data);
  if (!outcome.ok) {
    if (outcome.error === "NOT_FOUND") return { ok: false, formError: "applications.errors.draftNotFound" };
    if (outcome.error === "NOBODY") return { ok: false, formError: "applications.validation.nobodyIncluded" };
    if (outcome.error === "ONE_PERSON_ONLY") return { ok: false, formError: "applications.validation.onePersonOnly" };
    return { ok: false, fieldErrors: { principalId: "applications.validation.principalUnknown" } };
  }
  return go(`/portal/applications/${applicationId}/${returnToCheck ? "check" : "details"}`);
}

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

export async function submitAction(applicationId: string, options: { acknowledgePassportBand?: boolean } = {}): Promise<SubmitOutcome> {
  const user = await requireArea("portal");
  const outcome = await submitApplication(user, applicationId, new Date(), {
    acknowledgePassportBand: options.acknowledgePassportBand === true,
  });
  if (outcome.ok) {
    revalidatePath("/[locale]/portal", "layout");
    return go(`/portal/applications/${applicationId}?submitted=1`);
  }
  return outcome;
}

export async function deleteDraftAction(applicationId: string): Promise<void> {
  const user = await requireArea("portal");
  const keys = await deleteDraft(user, applicationId);
  for (const key of keys ?? []) await storage().delete(key);
  return go("/portal");
}

export async function withdrawAction(applicationId: string): Promise<{ ok: boolean; error?: string }> {
  const user = await requireArea("portal");
  const outcome = await withdrawApplication(user, applicationId);
  if (!outcome.ok) return { ok: false, error: `applications.errors.withdraw.${outcome.error}` };
  revalidatePath("/[locale]/portal", "layout");
  return { ok: true };
}

export async function continueToCheckAction(applicationId: string): Promise<void> {
  const user = await requireArea("portal");
  await saveWizardStep(user, applicationId, "check");
  return go(`/portal/applications/${applicationId}/check`);
}

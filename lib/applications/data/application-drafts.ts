import { getService, isCompanyDocument, isServiceCode, type DocumentCode } from "@/lib/catalog";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { uploadSlots } from "@/lib/applications/document-slots";
import { peopleChoiceProblem, peopleScope } from "@/lib/applications/people-scope";
import type { WizardStep } from "@/lib/applications/draft-schemas";
import { applicantCompanyId, type CurrentUser } from "@/lib/kernel/access";
import { prefillFromVault } from "@/lib/payments/data/company-vault";
import { ApplicationError } from "@/lib/applications/errors";

type Tx = Prisma.TransactionClient;

/** A draft of the actor's company, or null; every draft function starts here. */
async function findOwnDraft(tx: Tx, actor: CurrentUser, id: string) {
  return tx.application.findFirst({
    where: { id, companyId: applicantCompanyId(actor), status: "DRAFT" },
    select: { id: true, serviceCode: true, answers: true },
  });
}

/** Saved from the first step on, so that leaving or a failed upload never loses work. */
export async function createDraft(actor: CurrentUser, serviceCode: string) {
  const companyId = applicantCompanyId(actor);
  if (!isServiceCode(serviceCode)) return null;
  return prisma.$transaction(async (tx) => {
    const draft = await tx.application.create({
      data: { companyId, serviceCode, createdById: actor.id, wizardStep: "people", answers: {} },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "CREATE_DRAFT",
        entityType: "Application",
        entityId: draft.id,
        applicationId: draft.id,
        toStatus: "DRAFT",
        details: { serviceCode },
      },
    });
    return draft;
  });
}

/**
 * Keeps one document row per upload slot of the checklist. Slots that no longer apply are
 * removed if empty; those holding files stay (the files are not thrown away behind the
 * user's back) and are simply not required.
 */
export async function syncDocumentSlots(tx: Tx, applicationId: string, serviceCode: string, answers: Record<string, unknown>) {
  if (!isServiceCode(serviceCode)) return;
  const codes = uploadSlots(getService(serviceCode), answers).map((entry) => entry.code as string);
  const existing = await tx.applicationDocument.findMany({
    where: { applicationId },
    select: { id: true, code: true, _count: { select: { files: true } } },
  });
  const missing = codes.filter((code) => !existing.some((doc) => doc.code === code));
  if (missing.length)
    await tx.applicationDocument.createMany({ data: missing.map((code) => ({ applicationId, code })), skipDuplicates: true });
  // New company-document slots start with the company's vault files (the applicant may replace them).
  await prefillFromVault(
    tx,
    applicationId,
    missing.filter((code) => isCompanyDocument(code as DocumentCode)),
  );
  const stale = existing.filter((doc) => !codes.includes(doc.code) && doc._count.files === 0).map((doc) => doc.id);
  if (stale.length) await tx.applicationDocument.deleteMany({ where: { id: { in: stale } } });
}

/**
 * Step 1: the principal person and the family members included in this request. Refused with
 * ApplicationError NOT_FOUND, PRINCIPAL_UNKNOWN, FAMILY_UNKNOWN, NOBODY or ONE_PERSON_ONLY.
 */
export async function saveDraftPeople(
  actor: CurrentUser,
  id: string,
  input: { principalId: string; principalIncluded: boolean; familyIds: string[] },
): Promise<void> {
  const companyId = applicantCompanyId(actor);
  await prisma.$transaction(async (tx) => {
    const draft = await findOwnDraft(tx, actor, id);
    if (!draft) throw new ApplicationError("NOT_FOUND");
    const principal = await tx.person.findFirst({ where: { id: input.principalId, companyId, principalId: null }, select: { id: true } });
    if (!principal) throw new ApplicationError("PRINCIPAL_UNKNOWN");
    const familyIds = [...new Set(input.familyIds)];
    // 6.P3: group services take the principal and/or family; the others exactly one person.
    const choiceProblem = isServiceCode(draft.serviceCode)
      ? peopleChoiceProblem(peopleScope(getService(draft.serviceCode)), { principalIncluded: input.principalIncluded, familyIds })
      : null;
    if (choiceProblem) throw new ApplicationError(choiceProblem);
    const family = await tx.person.count({ where: { id: { in: familyIds }, companyId, principalId: principal.id } });
    if (family !== familyIds.length) throw new ApplicationError("FAMILY_UNKNOWN");
    await tx.applicationPerson.deleteMany({ where: { applicationId: id } });
    await tx.applicationPerson.createMany({
      data: [
        { applicationId: id, personId: principal.id, isPrincipal: true },
        ...familyIds.map((personId) => ({ applicationId: id, personId, isPrincipal: false })),
      ],
    });
    const answers = {
      ...(draft.answers as Record<string, unknown>),
      principalIncluded: input.principalIncluded,
      familyMembersIncluded: familyIds.length > 0,
    };
    await tx.application.update({ where: { id }, data: { answers: answers as Prisma.InputJsonValue, wizardStep: "details" } });
    await syncDocumentSlots(tx, id, draft.serviceCode, answers);
  });
}

/** Step 2: the service's questions; `answers` must already be parsed by the service's schema. */
export async function saveDraftAnswers(actor: CurrentUser, id: string, answers: Record<string, unknown>): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const draft = await findOwnDraft(tx, actor, id);
    if (!draft) return false;
    // The people step owns principalIncluded/familyMembersIncluded: keep its values.
    const previous = draft.answers as Record<string, unknown>;
    const merged: Record<string, unknown> = {
      ...answers,
      principalIncluded: previous.principalIncluded ?? true,
      familyMembersIncluded: previous.familyMembersIncluded ?? false,
    };
    await tx.application.update({
      where: { id },
      data: {
        answers: merged as Prisma.InputJsonValue,
        feeOption: (merged.feeOption as string) ?? null,
        validityBand: (merged.validityBand as string) ?? null,
        variant: (merged.trpRole ?? merged.edsApplicant ?? null) as string | null,
        wizardStep: "documents",
      },
    });
    await syncDocumentSlots(tx, id, draft.serviceCode, merged);
    return true;
  });
}

export async function saveWizardStep(actor: CurrentUser, id: string, step: WizardStep): Promise<void> {
  await prisma.application.updateMany({ where: { id, companyId: applicantCompanyId(actor), status: "DRAFT" }, data: { wizardStep: step } });
}

/** Deletes a draft with its files' rows; returns the storage keys to remove, or null. */
export async function deleteDraft(actor: CurrentUser, id: string): Promise<string[] | null> {
  return prisma.$transaction(async (tx) => {
    const draft = await findOwnDraft(tx, actor, id);
    if (!draft) return null;
    // Files taken from the vault share the vault's stored object: never delete it here.
    const files = await tx.documentFile.findMany({
      where: { document: { applicationId: id }, vaultVersionId: null },
      select: { storageKey: true },
    });
    await tx.application.delete({ where: { id } });
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "DELETE_DRAFT", entityType: "Application", entityId: id, applicationId: id, fromStatus: "DRAFT" },
    });
    return files.map((f) => f.storageKey);
  });
}

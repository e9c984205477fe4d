import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { applicantCompanyId, type CurrentUser } from "@/lib/kernel/access";
import { syncDocumentSlots } from "./application-drafts";
import { ApplicationError } from "@/lib/applications/errors";

// Issue 17: "start the extension" from the people dashboard. A draft of the right extension
// service with the person already chosen and the answers the portal knows (visa expiry, same
// host party) filled in, so the wizard opens at the details step for the user to check.

const SERVICE_FOR_CATEGORY: Record<string, string> = { C3: "VISA_EXTENSION_C3", B2: "VISA_EXTENSION_B2" };

/** Answers the new draft's id; refused with ApplicationError NOT_FOUND (no such person) or NOT_EXTENDABLE. */
export async function createExtensionDraft(actor: CurrentUser, personId: string): Promise<string> {
  const companyId = applicantCompanyId(actor);
  return prisma.$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { id: personId, companyId, archivedAt: null },
      select: { id: true, principalId: true, visaCategory: true, visaExpiresOn: true, principal: { select: { visaCategory: true } } },
    });
    if (!person) throw new ApplicationError("NOT_FOUND");
    // A family member's visa follows the principal's category (C3 family members included, L491).
    const category = person.visaCategory ?? person.principal?.visaCategory ?? null;
    const serviceCode = category ? SERVICE_FOR_CATEGORY[category] : undefined;
    if (!serviceCode || !person.visaExpiresOn) throw new ApplicationError("NOT_EXTENDABLE");
    const isFamily = Boolean(person.principalId);
    const answers = {
      visaExpiryDate: person.visaExpiresOn.toISOString().slice(0, 10),
      sameHostParty: true,
      principalIncluded: !isFamily,
      familyMembersIncluded: isFamily,
    };
    const draft = await tx.application.create({
      data: {
        companyId,
        serviceCode,
        createdById: actor.id,
        wizardStep: "details",
        answers: answers as Prisma.InputJsonValue,
        people: {
          create: isFamily
            ? [
                { personId: person.principalId!, isPrincipal: true },
                { personId: person.id, isPrincipal: false },
              ]
            : [{ personId: person.id, isPrincipal: true }],
        },
      },
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
        details: { serviceCode, fromPersonId: person.id },
      },
    });
    await syncDocumentSlots(tx, draft.id, serviceCode, answers);
    return draft.id;
  });
}

import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createDraft, saveDraftAnswers, saveDraftPeople } from "@/lib/applications/data/application-drafts";
import { submitApplication } from "@/lib/applications/data/application-submit";
import { deleteUploadedFile, findFileForDownload, findUploadTarget, recordUploadedFile } from "@/lib/applications/data/document-files";
import { listCompanyVault, recordVaultVersion } from "@/lib/payments/data/company-vault";
import { getApplicationForReview } from "@/lib/review/data/review-application";
import { receiveUpload } from "@/lib/uploads/receive-upload";
import type { CurrentUser } from "@/lib/kernel/access";
import { createApplicant, createPerson } from "../support/factories/applicant";
import { createUser } from "../support/factories/booking";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const body = (bytes: Buffer) => Readable.toWeb(Readable.from([bytes])) as unknown as WebReadableStream<Uint8Array>;
const NOW = new Date("2026-11-20T06:00:00Z");

async function vaultUpload(
  actor: CurrentUser,
  code: string,
  language: string,
  name = `${code}-${language}.pdf`,
  validUntil: string | null = null,
) {
  const stored = await receiveUpload(body(PDF), name);
  const version = await recordVaultVersion(actor, { code, language, validUntil }, stored, name);
  expect(version).not.toBeNull();
  return version!;
}

async function fillVault(actor: CurrentUser) {
  await vaultUpload(actor, "COMPANY_REGISTRATION_CERTIFICATE", "ANY");
  await vaultUpload(actor, "FIRST_HEAD_APPOINTMENT_ORDER", "KK");
  await vaultUpload(actor, "FIRST_HEAD_APPOINTMENT_ORDER", "RU");
  await vaultUpload(actor, "SHAREHOLDERS_DECISION_FIRST_HEAD", "KK");
  await vaultUpload(actor, "SHAREHOLDERS_DECISION_FIRST_HEAD", "RU");
}

async function workVisaDraft(actor: CurrentUser) {
  const principal = await createPerson(actor, { passportExpiresOn: "2034-01-09" });
  const draft = (await createDraft(actor, "WORK_VISA"))!;
  await saveDraftPeople(actor, draft.id, { principalId: principal.id, principalIncluded: true, familyIds: [] });
  await saveDraftAnswers(actor, draft.id, {
    validityBand: "YEARS_3_TO_5",
    feeOption: "WALK_IN",
    viaRepresentative: false,
    companyIsBranch: false,
    personLocation: "IN_KZ",
  });
  return draft;
}

const filesOf = (applicationId: string, code: string) =>
  prisma.documentFile.findMany({
    where: { document: { applicationId, code }, supersededAt: null },
    orderBy: { originalName: "asc" },
    include: { document: true },
  });

describe("company document vault", () => {
  it("prefills the company-document slots of new drafts, both language versions where there are two", async () => {
    const actor = await createApplicant();
    await fillVault(actor);
    const first = await workVisaDraft(actor);
    const second = await workVisaDraft(actor);
    for (const draft of [first, second]) {
      const certificate = await filesOf(draft.id, "COMPANY_REGISTRATION_CERTIFICATE");
      expect(certificate.map((f) => f.originalName)).toEqual(["COMPANY_REGISTRATION_CERTIFICATE-ANY.pdf"]);
      expect(certificate[0].document.status).toBe("UPLOADED");
      expect((await filesOf(draft.id, "FIRST_HEAD_APPOINTMENT_ORDER")).map((f) => f.originalName)).toEqual([
        "FIRST_HEAD_APPOINTMENT_ORDER-KK.pdf",
        "FIRST_HEAD_APPOINTMENT_ORDER-RU.pdf",
      ]);
      // Not a company document: left for the applicant.
      expect(await filesOf(draft.id, "PASSPORT_COPY")).toEqual([]);
    }
    // Staff see the file came from the vault.
    const staff = await createUser(prisma, "STAFF");
    const [file] = await filesOf(first.id, "COMPANY_REGISTRATION_CERTIFICATE");
    await prisma.application.update({ where: { id: first.id }, data: { status: "SUBMITTED" } });
    expect(await findFileForDownload(staff, file.id)).toMatchObject({ fromVault: true, vaultVersionId: file.vaultVersionId });
    const review = await getApplicationForReview(staff, first.id, NOW);
    const reviewed = review!.documents.find((d) => d.code === "COMPANY_REGISTRATION_CERTIFICATE")!.files;
    expect(reviewed.map((f) => [f.id, f.vaultVersionId])).toEqual([[file.id, file.vaultVersionId]]);
    expect(review!.documents.find((d) => d.code === "PASSPORT_COPY")?.files ?? []).toEqual([]);
    // Another company's draft gets nothing from this vault.
    const other = await createApplicant();
    const theirs = await workVisaDraft(other);
    expect(await filesOf(theirs.id, "COMPANY_REGISTRATION_CERTIFICATE")).toEqual([]);
  });

  it("lets the applicant replace a prefilled file for one application only, keeping the vault's object", async () => {
    const actor = await createApplicant();
    await fillVault(actor);
    const draft = await workVisaDraft(actor);
    const [prefilled] = await filesOf(draft.id, "COMPANY_REGISTRATION_CERTIFICATE");
    expect(await deleteUploadedFile(actor, prefilled.id)).toEqual({ storageKey: null });
    const target = await findUploadTarget(actor, draft.id, "COMPANY_REGISTRATION_CERTIFICATE");
    const stored = await receiveUpload(body(PDF), "own.pdf");
    await recordUploadedFile(actor, target!.id, stored, "own.pdf");
    expect((await filesOf(draft.id, "COMPANY_REGISTRATION_CERTIFICATE")).map((f) => [f.originalName, f.vaultVersionId])).toEqual([
      ["own.pdf", null],
    ]);
    const vault = await listCompanyVault(actor, NOW);
    expect(vault.find((s) => s.code === "COMPANY_REGISTRATION_CERTIFICATE")?.current?.originalName).toBe(
      "COMPANY_REGISTRATION_CERTIFICATE-ANY.pdf",
    );
  });

  it("keeps the exact version on a submitted application when the vault document is replaced later", async () => {
    const actor = await createApplicant();
    await fillVault(actor);
    const draft = await workVisaDraft(actor);
    const documents = await prisma.applicationDocument.findMany({ where: { applicationId: draft.id, status: "MISSING" } });
    for (const doc of documents) {
      const stored = await receiveUpload(body(PDF), `${doc.code}.pdf`);
      await recordUploadedFile(actor, doc.id, stored, `${doc.code}.pdf`);
    }
    expect(await submitApplication(actor, draft.id, NOW)).toMatchObject({ alreadySubmitted: false });
    const [before] = await filesOf(draft.id, "COMPANY_REGISTRATION_CERTIFICATE");
    const replacement = await vaultUpload(actor, "COMPANY_REGISTRATION_CERTIFICATE", "ANY", "new-certificate.pdf");
    const [after] = await filesOf(draft.id, "COMPANY_REGISTRATION_CERTIFICATE");
    expect(after).toMatchObject({
      id: before.id,
      vaultVersionId: before.vaultVersionId,
      originalName: "COMPANY_REGISTRATION_CERTIFICATE-ANY.pdf",
      storageKey: before.storageKey,
    });
    expect(after.vaultVersionId).not.toBe(replacement.id);
    // The old version is kept, marked replaced, and still lists the application that used it.
    const slot = (await listCompanyVault(actor, NOW)).find((s) => s.code === "COMPANY_REGISTRATION_CERTIFICATE")!;
    expect(slot.current?.id).toBe(replacement.id);
    expect(slot.history).toHaveLength(1);
    expect(slot.history[0]).toMatchObject({ id: before.vaultVersionId, usedIn: [expect.objectContaining({ applicationId: draft.id })] });
    // A new draft now gets the new version.
    const next = await workVisaDraft(actor);
    expect((await filesOf(next.id, "COMPANY_REGISTRATION_CERTIFICATE"))[0].vaultVersionId).toBe(replacement.id);
  });

  it("flags a vault version rejected in an application, warns before it lapses and skips expired ones", async () => {
    const actor = await createApplicant();
    await vaultUpload(actor, "COMPANY_REGISTRATION_CERTIFICATE", "ANY", "cert.pdf", "2026-12-10");
    const draft = await workVisaDraft(actor);
    await prisma.applicationDocument.updateMany({
      where: { applicationId: draft.id, code: "COMPANY_REGISTRATION_CERTIFICATE" },
      data: { status: "REJECTED", rejectReason: "ILLEGIBLE" },
    });
    const slot = (await listCompanyVault(actor, NOW)).find((s) => s.code === "COMPANY_REGISTRATION_CERTIFICATE")!;
    expect(slot.validity).toBe("EXPIRING");
    expect(slot.current?.rejectedIn).toEqual([expect.objectContaining({ applicationId: draft.id, reason: "ILLEGIBLE" })]);
    await vaultUpload(actor, "FIRST_HEAD_APPOINTMENT_ORDER", "KK", "old.pdf", "2026-01-01");
    const later = await workVisaDraft(actor);
    expect(await filesOf(later.id, "FIRST_HEAD_APPOINTMENT_ORDER")).toEqual([]);
  });
});

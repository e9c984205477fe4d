import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createDraft, saveDraftAnswers, saveDraftPeople } from "@/lib/applications/data/application-drafts";
import { submitApplication } from "@/lib/applications/data/application-submit";
import { findUploadTarget, recordUploadedFile } from "@/lib/applications/data/document-files";
import { getCompanyApplication } from "@/lib/applications/data/application-queries";
import { findPerson, updatePerson } from "@/lib/people/data/people";
import { findFileForDownload } from "@/lib/applications/data/document-files";
import { receiveUpload } from "@/lib/uploads/receive-upload";
import type { CurrentUser } from "@/lib/kernel/access";
import { createApplicant, createPerson } from "../support/factories/applicant";
import { ApplicationError } from "@/lib/applications/errors";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const body = (bytes: Buffer) => Readable.toWeb(Readable.from([bytes])) as unknown as WebReadableStream<Uint8Array>;
const NOW = new Date("2026-11-20T06:00:00Z");

async function uploadPdf(actor: CurrentUser, applicationId: string, code: string) {
  const target = await findUploadTarget(actor, applicationId, code);
  if (!target) throw new Error(`no slot ${code}`);
  const stored = await receiveUpload(body(PDF), `${code}.pdf`);
  return recordUploadedFile(actor, target.id, stored, `${code}.pdf`);
}

/** A WORK_VISA draft for a principal and a spouse with 3-5 years walk-in, all answered. */
async function workVisaDraft(actor: CurrentUser) {
  // Passports outlasting the 3-5 year band paid for (else the 6.P6 warning needs confirming).
  const principal = await createPerson(actor, { passportExpiresOn: "2034-01-09" });
  const spouse = await createPerson(actor, {
    fullName: "Jane Smith",
    principalId: principal.id,
    relationship: "SPOUSE",
    passportExpiresOn: "2034-01-09",
  });
  const draft = (await createDraft(actor, "WORK_VISA"))!;
  await saveDraftPeople(actor, draft.id, { principalId: principal.id, principalIncluded: true, familyIds: [spouse.id] });
  expect(
    await saveDraftAnswers(actor, draft.id, {
      validityBand: "YEARS_3_TO_5",
      feeOption: "WALK_IN",
      viaRepresentative: false,
      companyIsBranch: false,
      personLocation: "IN_KZ",
    }),
  ).toBe(true);
  return { draft, principal, spouse };
}

async function uploadAll(actor: CurrentUser, applicationId: string) {
  const documents = await prisma.applicationDocument.findMany({ where: { applicationId } });
  for (const doc of documents) await uploadPdf(actor, applicationId, doc.code);
  return documents.map((d) => d.code);
}

describe("applicant journey: draft to submission", () => {
  it("creates the family-member slots from the checklist and submits with a number and a frozen tariff", async () => {
    const actor = await createApplicant();
    const { draft } = await workVisaDraft(actor);
    const codes = await uploadAll(actor, draft.id);
    expect(codes).toEqual(
      expect.arrayContaining(["FAMILY_RELATIONSHIP_CERTIFICATES", "PERSONAL_DATA_CONSENT", "STATE_DUTY_PAYMENT_PROOF"]),
    );
    // Principal and spouse in one request: no principal's visa to show (guide L119, issue 15 6.P2).
    expect(codes).not.toContain("PRINCIPAL_WORK_VISA");
    const outcome = await submitApplication(actor, draft.id, NOW);
    expect(outcome).toMatchObject({ alreadySubmitted: false });
    const app = await prisma.application.findUniqueOrThrow({ where: { id: draft.id } });
    expect(app.status).toBe("SUBMITTED");
    expect(app.number).toMatch(/^EC-2026-\d{6}$/);
    // 940 000 KZT walk-in to the centre; 30 MRP x 4 325 KZT (2026) = 129 750 KZT to the state (6.P1)
    expect(app.tariffSnapshot).toMatchObject({
      serviceFeeTiyn: 94_000_000,
      stateDuty: { mrpTenths: 300, amountTiyn: 12_975_000 },
      payableToCentreTiyn: 94_000_000,
      payableToStateTiyn: 12_975_000,
    });
    const audit = await prisma.auditEvent.findMany({ where: { applicationId: draft.id, action: "SUBMIT" } });
    expect(audit.map((a) => [a.fromStatus, a.toStatus])).toEqual([["DRAFT", "SUBMITTED"]]);
    // The receipt is in the outbox, written by the same transaction, with the frozen total.
    const receipt = await prisma.outbox.findMany({ where: { kind: "APPLICATION_SUBMITTED", recipientId: actor.id } });
    expect(receipt).toHaveLength(1);
    expect(receipt[0].payload).toMatchObject({
      payload: { applicationNumber: app.number, serviceFeeTiyn: 94_000_000, stateDutyTiyn: 12_975_000, totalTiyn: 94_000_000 },
    });
    expect(await prisma.outbox.count({ where: { kind: "APPLICATION_RECEIVED_STAFF" } })).toBeGreaterThan(0);
  });

  it("refuses to submit while a required document is missing, naming it", async () => {
    const actor = await createApplicant();
    const { draft } = await workVisaDraft(actor);
    await uploadPdf(actor, draft.id, "COMPANY_REGISTRATION_CERTIFICATE");
    const refusal = await submitApplication(actor, draft.id, NOW).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ name: "ApplicationError", code: "SUBMISSION_PROBLEMS" });
    const problems = refusal instanceof ApplicationError ? refusal.problems : [];
    expect(problems).toContainEqual({ kind: "DOCUMENT_MISSING", code: "FAMILY_RELATIONSHIP_CERTIFICATES" });
    expect(problems).not.toContainEqual({ kind: "DOCUMENT_MISSING", code: "COMPANY_REGISTRATION_CERTIFICATE" });
    expect((await prisma.application.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("refuses a passport that expires within three months of filing", async () => {
    const actor = await createApplicant();
    const principal = await createPerson(actor, { passportExpiresOn: "2027-01-15" });
    const draft = (await createDraft(actor, "WORK_VISA"))!;
    await saveDraftPeople(actor, draft.id, { principalId: principal.id, principalIncluded: true, familyIds: [] });
    await saveDraftAnswers(actor, draft.id, { validityBand: "UP_TO_2_YEARS", feeOption: "STANDARD", personLocation: "IN_KZ" });
    await uploadAll(actor, draft.id);
    const refusal = await submitApplication(actor, draft.id, NOW).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ name: "ApplicationError", code: "SUBMISSION_PROBLEMS" });
    expect(refusal instanceof ApplicationError ? refusal.problems : []).toContainEqual({
      kind: "PASSPORT_EXPIRES_TOO_SOON",
      personName: "John Smith",
      mustBeValidAfter: "2027-02-20",
    });
  });

  it("gives one submission and one number to a double submit", async () => {
    const actor = await createApplicant();
    const { draft } = await workVisaDraft(actor);
    await uploadAll(actor, draft.id);
    const outcomes = await Promise.all([
      submitApplication(actor, draft.id, NOW),
      submitApplication(actor, draft.id, NOW),
      submitApplication(actor, draft.id, NOW),
    ]);
    const numbers = new Set(outcomes.map((o) => o.number));
    expect(numbers.size).toBe(1);
    expect(outcomes.filter((o) => !o.alreadySubmitted)).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { applicationId: draft.id, action: "SUBMIT" } })).toBe(1);
  });

  it("keeps the people snapshot when a person is edited after submission", async () => {
    const actor = await createApplicant();
    const { draft, principal } = await workVisaDraft(actor);
    await uploadAll(actor, draft.id);
    await submitApplication(actor, draft.id, NOW);
    const stored = (await findPerson(actor, principal.id))!;
    await updatePerson(actor, principal.id, {
      fullName: "John Renamed",
      citizenship: "GB",
      dateOfBirth: "1985-04-12",
      passportNumber: stored.passportNumber,
      passportIssuedOn: "2020-01-10",
      passportExpiresOn: "2030-01-09",
      iin: null,
      visaCategory: null,
      visaExpiresOn: null,
      principalId: null,
      relationship: null,
    });
    const app = await getCompanyApplication(actor, draft.id);
    // Parsed when read (no cast): principal first, then the family member filed with them.
    expect(app!.peopleSnapshot.map((p) => [p.fullName, p.isPrincipal, p.relationship])).toEqual([
      ["John Smith", true, null],
      ["Jane Smith", false, "SPOUSE"],
    ]);
  });
});

describe("applicants see only their own company", () => {
  it("gives 404 (null) on another company's application, person and file", async () => {
    const companyA = await createApplicant("A");
    const companyB = await createApplicant("B");
    const { draft, principal } = await workVisaDraft(companyA);
    const file = await uploadPdf(companyA, draft.id, "COMPANY_REGISTRATION_CERTIFICATE");
    expect(await getCompanyApplication(companyB, draft.id)).toBeNull();
    expect(await findPerson(companyB, principal.id)).toBeNull();
    expect(await findFileForDownload(companyB, file!.id)).toBeNull();
    expect(await findUploadTarget(companyB, draft.id, "COMPANY_REGISTRATION_CERTIFICATE")).toBeNull();
    await expect(submitApplication(companyB, draft.id, NOW)).rejects.toMatchObject({ name: "ApplicationError", code: "NOT_FOUND" });
    expect(await findFileForDownload(companyA, file!.id)).toMatchObject({ mimeType: "application/pdf" });
  });
});

import { randomBytes, randomInt, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import type { CurrentUser } from "@/lib/kernel/access";
import { createCompanyWithApplicant } from "./booking";

// Submitted applications for the staff review tests, written straight to the database (the
// applicant journey that produces them is another feature). Unique data per call.

const unique = () => randomBytes(5).toString("hex");
let nextNumber = randomInt(100_000, 900_000);

export const DEFAULT_DOCUMENT_CODES = ["PASSPORT_COPY", "EMPLOYMENT_CONTRACT", "PHOTO"] as const;

export type SubmittedApplicationOptions = {
  company?: { id: string; name: string };
  applicant?: CurrentUser;
  serviceCode?: string;
  validityBand?: string | null;
  status?: ApplicationStatus;
  documentCodes?: readonly string[];
  personName?: string;
  passportNumber?: string;
  statusChangedAt?: Date;
  dueDate?: Date | null;
  assigneeId?: string | null;
};

/** A file row for a document; no bytes are stored (tests that preview files write their own). */
export function fileData(documentId: string, uploadedById: string, createdAt = new Date()) {
  return {
    documentId,
    uploadedById,
    createdAt,
    storageKey: `test/${randomUUID()}`,
    originalName: "scan.pdf",
    mimeType: "application/pdf",
    sizeBytes: 1234,
    sha256: randomBytes(32).toString("hex"),
  };
}

/** An application in SUBMITTED (or `status`), WORK_VISA by default, with one UPLOADED file per document. */
export async function createSubmittedApplication(db: PrismaClient, options: SubmittedApplicationOptions = {}) {
  const owner =
    options.company && options.applicant
      ? { company: options.company, applicant: options.applicant }
      : await createCompanyWithApplicant(db);
  const fullName = options.personName ?? `JOHN SMITH ${unique().toUpperCase()}`;
  const passportNumber = options.passportNumber ?? `P${unique().toUpperCase()}`;
  const person = await db.person.create({
    data: {
      companyId: owner.company.id,
      fullName,
      citizenship: "GB",
      dateOfBirth: new Date("1985-04-02"),
      passportNumber,
      passportIssuedOn: new Date("2022-01-10"),
      passportExpiresOn: new Date("2032-01-09"),
    },
  });
  const validityBand = options.validityBand === undefined ? "UP_TO_2_YEARS" : options.validityBand;
  const application = await db.application.create({
    data: {
      number: `EC-2026-${String(nextNumber++).padStart(6, "0")}`,
      companyId: owner.company.id,
      serviceCode: options.serviceCode ?? "WORK_VISA",
      status: options.status ?? "SUBMITTED",
      feeOption: "STANDARD",
      validityBand,
      answers: { feeOption: "STANDARD", ...(validityBand ? { validityBand } : {}) },
      tariffSnapshot: {
        serviceFeeTiyn: 36_000_000,
        stateDuty: { mrpTenths: 5, mrpValueTiyn: 432_500, amountTiyn: 216_250 },
        totalTiyn: 36_216_250,
        mrpYear: 2026,
        feeOption: "STANDARD",
        validityBand,
      },
      peopleSnapshot: [
        {
          personId: person.id,
          fullName,
          citizenship: "GB",
          passportNumber,
          passportExpiresOn: "2032-01-09",
          dateOfBirth: "1985-04-02",
          isPrincipal: true,
          relationship: null,
        },
      ],
      submittedAt: new Date(),
      statusChangedAt: options.statusChangedAt ?? new Date(),
      dueDate: options.dueDate ?? null,
      assigneeId: options.assigneeId ?? null,
      createdById: owner.applicant.id,
      people: { create: { personId: person.id, isPrincipal: true } },
    },
  });
  const documents = [];
  for (const code of options.documentCodes ?? DEFAULT_DOCUMENT_CODES) {
    const document = await db.applicationDocument.create({ data: { applicationId: application.id, code, status: "UPLOADED" } });
    const file = await db.documentFile.create({ data: fileData(document.id, owner.applicant.id) });
    documents.push({ ...document, fileId: file.id });
  }
  return { ...owner, person, application, documents };
}

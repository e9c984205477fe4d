import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../../../lib/db/client";
import type { ApplicationStatus } from "../../../lib/db/generated/enums";
import { createSubmittedApplication } from "../../support/factories/applications";

// An application with real stored files, written straight into the e2e server's database and
// upload folder (E2E_DATA_DIR/uploads, which playwright.config.ts hands to the server).
const SAMPLE_PDF = path.resolve("tests/e2e/fixtures/one-page.pdf");

export const TEN_DOCUMENTS = [
  "PASSPORT_COPY",
  "PHOTO",
  "EMPLOYMENT_CONTRACT",
  "QUALIFICATION_PROOF_AND_CV",
  "FOREIGN_EMPLOYEE_QUESTIONNAIRE",
  "PERSONAL_DATA_CONSENT",
  "MEDICAL_INSURANCE",
  "COMPANY_REGISTRATION_CERTIFICATE",
  "FIRST_HEAD_APPOINTMENT_ORDER",
  "REPRESENTATIVE_POA",
] as const;

export async function seedApplicationWithFiles(
  documentCodes: readonly string[] = TEN_DOCUMENTS,
  options: { submittedAt?: Date; status?: ApplicationStatus; serviceCode?: string } = {},
) {
  const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
  try {
    const seeded = await createSubmittedApplication(db, { documentCodes, status: options.status, serviceCode: options.serviceCode });
    const root = process.env.E2E_DATA_DIR
      ? path.join(process.env.E2E_DATA_DIR, "uploads")
      : path.resolve(process.env.UPLOADS_DIR ?? path.join(".data", "uploads"));
    for (const document of seeded.documents) {
      const storageKey = `e2e/${randomUUID()}`;
      fs.mkdirSync(path.join(root, "e2e"), { recursive: true });
      fs.copyFileSync(SAMPLE_PDF, path.join(root, storageKey));
      await db.documentFile.update({
        where: { id: document.fileId },
        data: { storageKey, sizeBytes: fs.statSync(SAMPLE_PDF).size, originalName: `${document.code.toLowerCase()}.pdf` },
      });
    }
    if (options.submittedAt)
      await db.application.update({ where: { id: seeded.application.id }, data: { submittedAt: options.submittedAt } });
    return {
      id: seeded.application.id,
      number: seeded.application.number!,
      documents: seeded.documents,
      personName: seeded.person.fullName,
      companyId: seeded.company.id,
      applicant: seeded.applicant,
    };
  } finally {
    await db.$disconnect();
  }
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createDraft, saveDraftAnswers, saveDraftPeople } from "@/lib/applications/data/application-drafts";
import { submitApplication } from "@/lib/applications/data/application-submit";
import { findUploadTarget, recordUploadedFile } from "@/lib/applications/data/document-files";
import { receiveUpload } from "@/lib/uploads/receive-upload";
import { UploadQuotaError } from "@/lib/uploads/upload-limits";
import { storage } from "@/lib/storage";
import { createApplicant, createPerson } from "../support/factories/applicant";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "expat-upload-limits-"));
beforeAll(() => {
  process.env.UPLOADS_DIR = root;
});
afterEach(() => {
  for (const name of [
    "UPLOAD_MAX_FILES_PER_SLOT",
    "UPLOAD_RATE_GRACE_SECONDS",
    "UPLOAD_MIN_BYTES_PER_SECOND",
    "UPLOAD_MAX_MB_PER_APPLICATION",
  ])
    delete process.env[name];
});

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const body = (bytes: Buffer) => Readable.toWeb(Readable.from([bytes])) as unknown as WebReadableStream<Uint8Array>;
const storedFiles = () => fs.readdirSync(root, { recursive: true }).filter((f) => fs.statSync(path.join(root, String(f))).isFile());

async function workVisaDraft() {
  const actor = await createApplicant();
  // A passport outlasting the 3-5 year band paid for (else the 6.P6 warning needs confirming).
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
  const [first, second] = await prisma.applicationDocument.findMany({
    where: { applicationId: draft.id },
    orderBy: { code: "asc" },
    take: 2,
  });
  return { actor, draft, slot: first.code, otherSlot: second.code };
}

/** Streams, then records like the route does: a refused record removes the stored file. */
async function upload(actor: Awaited<ReturnType<typeof createApplicant>>, applicationId: string, code: string) {
  const target = (await findUploadTarget(actor, applicationId, code))!;
  const stored = await receiveUpload(body(PDF), `${code}.pdf`);
  try {
    return await recordUploadedFile(actor, target.id, stored, `${code}.pdf`);
  } catch (error) {
    await storage().delete(stored.storageKey);
    throw error;
  }
}

describe("upload quotas", () => {
  it("let exactly the allowed number of 20 parallel uploads into one slot, and keep nothing of the rest", async () => {
    process.env.UPLOAD_MAX_FILES_PER_SLOT = "10";
    const { actor, draft, slot } = await workVisaDraft();
    const before = storedFiles().length;
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => upload(actor, draft.id, slot)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    const refusals = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
    expect(refusals.every((e) => e instanceof UploadQuotaError && e.code === "QUOTA_FILES")).toBe(true);
    expect(storedFiles().length - before).toBe(10);
    expect(await prisma.documentFile.count({ where: { document: { applicationId: draft.id } } })).toBe(10);
  });

  it("count the bytes of a whole application", async () => {
    process.env.UPLOAD_MAX_MB_PER_APPLICATION = "1";
    const { actor, draft, slot, otherSlot } = await workVisaDraft();
    await prisma.documentFile.create({
      data: {
        documentId: (await findUploadTarget(actor, draft.id, otherSlot))!.id,
        storageKey: "none",
        originalName: "big.pdf",
        mimeType: "application/pdf",
        sizeBytes: 1024 * 1024,
        sha256: "0".repeat(64),
        uploadedById: actor.id,
      },
    });
    await expect(upload(actor, draft.id, slot)).rejects.toMatchObject({ code: "QUOTA_APPLICATION_BYTES" });
  });
});

describe("minimum transfer rate", () => {
  it("cuts off a client that stalls, and leaves nothing in storage", async () => {
    process.env.UPLOAD_RATE_GRACE_SECONDS = "1";
    process.env.UPLOAD_MIN_BYTES_PER_SECOND = "1024";
    const before = storedFiles().length;
    // 48 bytes, then nothing: the stream never ends by itself.
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(Buffer.from("%PDF-1.4\n".padEnd(48, "x"))));
      },
    });
    const started = Date.now();
    await expect(receiveUpload(stalled as unknown as WebReadableStream<Uint8Array>, "slow.pdf")).rejects.toMatchObject({
      code: "TOO_SLOW",
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(storedFiles().length).toBe(before);
  });
});

describe("an unverified company", () => {
  it("can prepare a draft but not submit it until staff verify the company", async () => {
    const { actor, draft } = await workVisaDraft();
    await prisma.company.update({ where: { id: actor.companyId! }, data: { verification: "PENDING" } });
    const documents = await prisma.applicationDocument.findMany({ where: { applicationId: draft.id } });
    for (const doc of documents) await upload(actor, draft.id, doc.code);
    await expect(submitApplication(actor, draft.id)).rejects.toMatchObject({ name: "ApplicationError", code: "COMPANY_NOT_VERIFIED" });
    expect((await prisma.application.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    await prisma.company.update({ where: { id: actor.companyId! }, data: { verification: "VERIFIED" } });
    expect(await submitApplication(actor, draft.id)).toMatchObject({ alreadySubmitted: false });
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { recordUploadedFile } from "@/lib/applications/data/document-files";
import { getPassportCheck } from "@/lib/review/data/passport-check";
import { runPassportScanJobs, MAX_ATTEMPTS } from "@/lib/passport/jobs/run";
import { stopOcr } from "@/lib/passport/ocr-engine";
import type { PassportReading } from "@/lib/passport/read-passport";
import { receiveUpload } from "@/lib/uploads/receive-upload";
import { createUser } from "../support/factories/booking";
import { createSubmittedApplication } from "../support/factories/applications";
import { renderPassportPage } from "../support/passport-page";

// Uploads into passport slots are queued and read in the background; reviewers see the MRZ beside
// the register. One real OCR read (a generated scan, ~1-2 s); the job mechanics use a stand-in reader.

process.env.UPLOADS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "expat-passport-"));
afterAll(() => stopOcr());

const body = (data: Buffer) => Readable.toWeb(Readable.from([data])) as unknown as WebReadableStream<Uint8Array>;

async function draftWithPassportSlot(options: { dateOfBirth?: string } = {}) {
  const created = await createSubmittedApplication(prisma, {
    status: "DRAFT",
    personName: "John Smith",
    passportNumber: "533401372",
    documentCodes: ["PASSPORT_COPY", "PHOTO"],
  });
  await prisma.person.update({
    where: { id: created.person.id },
    data: {
      dateOfBirth: new Date(`${options.dateOfBirth ?? "1985-04-02"}T00:00:00Z`),
      passportExpiresOn: new Date("2032-01-09T00:00:00Z"),
    },
  });
  return created;
}

async function upload(created: Awaited<ReturnType<typeof draftWithPassportSlot>>, code: string, data: Buffer, name: string) {
  const stored = await receiveUpload(body(data), name);
  const slot = created.documents.find((d) => d.code === code)!;
  return recordUploadedFile(created.applicant, slot.id, stored, name);
}

const passport = (birthDate: string) =>
  renderPassportPage(
    {
      issuingState: "GBR",
      surname: "Smith",
      givenNames: "John",
      documentNumber: "533401372",
      nationality: "GBR",
      birthDate,
      sex: "M",
      expiryDate: "2032-01-09",
    },
    { dpi: 200, rotateDegrees: 1.5, jpegQuality: 80 },
  );

describe("passport scans", () => {
  it("queues only files uploaded into passport slots", async () => {
    const created = await draftWithPassportSlot();
    const scan = await upload(created, "PASSPORT_COPY", passport("1985-04-02"), "passport.jpg");
    const photo = await upload(created, "PHOTO", passport("1985-04-02"), "photo.jpg");
    expect(await prisma.passportScan.count({ where: { documentFileId: scan!.id, status: "PENDING" } })).toBe(1);
    expect(await prisma.passportScan.count({ where: { documentFileId: photo!.id } })).toBe(0);
    await prisma.passportScan.deleteMany({});
  });

  it("reads a generated scan offline and shows the reviewer the birth date that differs from the register", async () => {
    const created = await draftWithPassportSlot({ dateOfBirth: "1985-04-02" });
    await upload(created, "PASSPORT_COPY", passport("1985-04-03"), "passport.jpg");
    await prisma.application.update({ where: { id: created.application.id }, data: { status: "SUBMITTED" } });
    expect(await runPassportScanJobs()).toBe(1);
    const staff = await createUser(prisma, "STAFF");
    const [check] = await getPassportCheck(staff, created.application.id);
    expect(check).toMatchObject({ status: "READ", person: { id: created.person.id } });
    expect(check.confidence).toBeGreaterThan(50);
    const outcomes = Object.fromEntries(check.rows.map((row) => [row.field, row.outcome]));
    expect(outcomes).toEqual({
      surname: "match",
      givenNames: "match",
      documentNumber: "match",
      nationality: "match",
      birthDate: "mismatch",
      sex: "notRecorded",
      expiryDate: "match",
    });
    expect(check.rows.every((row) => !row.checkFailed)).toBe(true);
    await expect(getPassportCheck(created.applicant, created.application.id)).rejects.toThrow(/may not/);
  });

  it("records a file that is not a readable image as 'not readable', without an error", async () => {
    const created = await draftWithPassportSlot();
    // A PNG signature followed by nothing usable: accepted by the upload sniffing, unreadable.
    const broken = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    await upload(created, "PASSPORT_COPY", broken, "scan.png");
    await runPassportScanJobs();
    const scan = await prisma.passportScan.findFirstOrThrow({ where: { companyId: created.company.id } });
    expect([scan.status, scan.lastError, scan.result]).toEqual(["NOT_READABLE", null, { reason: "UNSUPPORTED" }]);
  });

  it("retries a failing read, then gives up as 'not readable' with the error kept for operators", async () => {
    const created = await draftWithPassportSlot();
    await upload(created, "PASSPORT_COPY", passport("1985-04-02"), "passport.jpg");
    let now = new Date();
    const failing = async (): Promise<PassportReading> => {
      throw new Error("engine crashed");
    };
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await runPassportScanJobs({ read: failing, now: () => now });
      now = new Date(now.getTime() + 10 * 60_000);
    }
    const scan = await prisma.passportScan.findFirstOrThrow({ where: { companyId: created.company.id } });
    expect([scan.status, scan.attempts, scan.lastError]).toEqual(["NOT_READABLE", MAX_ATTEMPTS, "engine crashed"]);
  });

  it("lets concurrent workers share the queue without reading a scan twice (SKIP LOCKED)", async () => {
    await prisma.passportScan.updateMany({ where: { status: "PENDING" }, data: { status: "NOT_READABLE" } });
    const created = await draftWithPassportSlot();
    for (let i = 0; i < 6; i++) {
      const stored = await receiveUpload(body(passport("1985-04-02")), `p${i}.jpg`);
      await prisma.passportScan.create({
        data: {
          companyId: created.company.id,
          uploadedById: created.applicant.id,
          storageKey: stored.storageKey,
          mimeType: stored.mimeType,
        },
      });
    }
    const seen: string[] = [];
    const slow = async (data: Buffer): Promise<PassportReading> => {
      seen.push(data.subarray(0, 0).toString() + seen.length);
      await new Promise((resolve) => setTimeout(resolve, 30));
      return { status: "NOT_READABLE", reason: "NO_MRZ", durationMs: 30 };
    };
    const done = await Promise.all([
      runPassportScanJobs({ read: slow }),
      runPassportScanJobs({ read: slow }),
      runPassportScanJobs({ read: slow }),
    ]);
    expect(done.reduce((a, b) => a + b, 0)).toBe(6);
    expect(seen).toHaveLength(6);
    const rows = await prisma.passportScan.findMany({ where: { companyId: created.company.id } });
    expect(rows.every((row) => row.status === "NOT_READABLE" && row.attempts === 1)).toBe(true);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/kernel/access";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { setStorageDriver } from "@/lib/storage";
import { sweepStorage } from "@/lib/uploads/sweep-storage";
import { handleUpload } from "@/lib/uploads/upload-route";
import { captureLogs, type CapturedLogs } from "../support/capture-logs";
import { createSubmittedApplication, fileData } from "../support/factories/applications";
import { filesIn, fullDiskStorage, PASSPORT_PDF as PDF } from "../support/upload-faults";

// Issue 20: no orphaned passport files. Real PostgreSQL and a real directory of this file's own;
// only the session lookup is replaced (it needs a Next request), so the route code runs as is.

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => currentUser }));

const root = fs.mkdtempSync(path.join(os.tmpdir(), "expat-upload-faults-"));
beforeAll(() => {
  process.env.UPLOADS_DIR = root;
});
let captured: CapturedLogs;
let logs: Record<string, unknown>[] = [];
beforeEach(() => {
  captured = captureLogs();
  logs = captured.lines;
});
afterEach(() => {
  setStorageDriver(undefined);
  captured.restore();
  vi.restoreAllMocks();
});

const files = () => filesIn(root);

function uploadRequest(bytes: Buffer) {
  return new Request("http://portal.test/api/upload", {
    method: "POST",
    headers: { origin: "http://portal.test", host: "portal.test", "x-file-name": "passport.pdf", "content-length": String(bytes.length) },
    body: bytes,
    duplex: "half",
  } as RequestInit);
}

async function applicantWithDocument() {
  const { applicant, application } = await createSubmittedApplication(prisma, { status: "DRAFT" });
  const document = await prisma.applicationDocument.findFirstOrThrow({ where: { applicationId: application.id } });
  currentUser = applicant;
  return { applicant, document };
}

describe("uploads under faults", () => {
  it("removes the stored bytes when recording the file fails, and answers 503", async () => {
    const { applicant } = await applicantWithDocument();
    const before = files().length;
    const response = await handleUpload(uploadRequest(PDF), {
      authorize: () => ({}),
      scope: (user) => ({ companyId: user.companyId! }),
      // A real database failure: the document it names does not exist (foreign key violation).
      record: (user, _target, stored, name) =>
        prisma.documentFile.create({
          data: { ...fileData("no-such-document", user.id), storageKey: stored.storageKey, originalName: name },
        }),
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: "UNAVAILABLE" });
    expect(files().length).toBe(before);
    expect(logs).toContainEqual(expect.objectContaining({ event: "upload.discarded" }));
    expect(applicant.role).toBe("APPLICANT");
  });

  it("keeps the bytes when the row was written although the call failed (an ambiguous failure)", async () => {
    const { document } = await applicantWithDocument();
    let key = "";
    const response = await handleUpload(uploadRequest(PDF), {
      authorize: () => ({}),
      scope: (user) => ({ companyId: user.companyId! }),
      record: async (user, _target, stored) => {
        key = stored.storageKey;
        await prisma.documentFile.create({ data: { ...fileData(document.id, user.id), storageKey: stored.storageKey } });
        throw new Error("connection lost after commit");
      },
    });
    expect(response.status).toBe(503);
    expect(fs.existsSync(path.join(root, key))).toBe(true);
  });

  it("refuses an upload cleanly when the disk is full, leaving nothing behind", async () => {
    await applicantWithDocument();
    // ENOSPC at the storage driver boundary, after part of the file was written.
    const full = fullDiskStorage(root);
    setStorageDriver(full);
    const before = files().length;
    const response = await handleUpload(uploadRequest(PDF), {
      authorize: () => ({}),
      scope: (user) => ({ companyId: user.companyId! }),
      record: async () => ({ id: "x" }),
    });
    expect(response.status).toBe(507);
    expect(await response.json()).toEqual({ error: "STORAGE_FULL" });
    expect(files().length).toBe(before);
  });

  it("sweeps .partial files and unreferenced files past the grace period, never a referenced or recent one", async () => {
    const { applicant, document } = await applicantWithDocument();
    const disk = new LocalDiskStorage(root);
    const now = Date.now();
    const put = async (key: string, ageMinutes: number, suffix = "") => {
      const file = path.join(root, key + suffix);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, PDF);
      const when = new Date(now - ageMinutes * 60_000);
      fs.utimesSync(file, when, when);
      return key;
    };
    const key = () => `2026/11/${randomUUID()}`;
    const referencedOld = await put(key(), 600);
    await prisma.documentFile.create({ data: { ...fileData(document.id, applicant.id), storageKey: referencedOld } });
    const orphanOld = await put(key(), 120);
    const orphanRecent = await put(key(), 5);
    const partialOld = await put(key(), 120, ".partial");
    const partialRecent = await put(key(), 1, ".partial");

    const dry = await sweepStorage({ driver: disk, dryRun: true });
    expect(dry.removedOrphans).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(path.join(root, orphanOld))).toBe(true);

    const result = await sweepStorage({ driver: disk });
    expect(fs.existsSync(path.join(root, referencedOld))).toBe(true);
    expect(fs.existsSync(path.join(root, orphanOld))).toBe(false);
    expect(fs.existsSync(path.join(root, orphanRecent))).toBe(true);
    expect(fs.existsSync(path.join(root, `${partialOld}.partial`))).toBe(false);
    expect(fs.existsSync(path.join(root, `${partialRecent}.partial`))).toBe(true);
    expect(result.keptReferenced).toBeGreaterThanOrEqual(1);
    expect(logs).toContainEqual(expect.objectContaining({ event: "storage.orphan_removed", key: orphanOld, dryRun: false }));
    expect(logs).toContainEqual(expect.objectContaining({ event: "storage.incomplete_removed", key: partialOld }));
  });

  it("removes nothing when the database cannot say what is referenced", async () => {
    const disk = new LocalDiskStorage(root);
    const orphan = `2026/10/${randomUUID()}`;
    fs.mkdirSync(path.join(root, "2026/10"), { recursive: true });
    fs.writeFileSync(path.join(root, orphan), PDF);
    const old = new Date(Date.now() - 10 * 60 * 60_000);
    fs.utimesSync(path.join(root, orphan), old, old);
    await expect(
      sweepStorage({
        driver: disk,
        hasAnyReference: async () => true,
        findReferenced: async () => {
          throw new Error("database down");
        },
      }),
    ).rejects.toThrow("database down");
    expect(fs.existsSync(path.join(root, orphan))).toBe(true);
    // A database that records no file at all beside old files: the wrong pair, nothing is touched.
    const refused = await sweepStorage({ driver: disk, hasAnyReference: async () => false });
    expect(refused.refused).toMatch(/not sweeping/);
    expect(fs.existsSync(path.join(root, orphan))).toBe(true);
  });

  it("answers a download whose bytes are gone with a 410 page in the user's language, and logs it", async () => {
    const { applicant, document } = await applicantWithDocument();
    const file = await prisma.documentFile.create({
      data: { ...fileData(document.id, applicant.id), storageKey: `2026/09/${randomUUID()}` },
    });
    currentUser = { ...applicant, locale: "ru" };
    const { GET } = await import("@/app/api/files/[id]/route");
    const response = await GET(new Request(`http://portal.test/api/files/${file.id}`), {
      params: Promise.resolve({ id: file.id }),
    } as never);
    expect(response.status).toBe(410);
    const html = await response.text();
    expect(html).toContain('lang="ru"');
    expect(html).toContain("Этот файл больше недоступен");
    expect(logs).toContainEqual(
      expect.objectContaining({ level: "error", component: "ops", event: "storage.object_missing", fileId: file.id }),
    );
    // Still an ordinary 404 for someone who may not see it (no oracle).
    currentUser = null;
    expect(
      (await GET(new Request(`http://portal.test/api/files/${file.id}`), { params: Promise.resolve({ id: file.id }) } as never)).status,
    ).toBe(404);
  });
});

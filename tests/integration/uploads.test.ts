import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { receiveUpload } from "@/lib/uploads/receive-upload";
import { setVirusScanner } from "@/lib/uploads/virus-scan";

// Uploads go to a directory of this test file's own, so that "nothing left behind" is checkable.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "expat-uploads-"));
beforeAll(() => {
  process.env.UPLOADS_DIR = root;
});

const body = (...chunks: Buffer[]) => Readable.toWeb(Readable.from(chunks)) as unknown as WebReadableStream<Uint8Array>;
const storedFiles = () =>
  fs.existsSync(root) ? fs.readdirSync(root, { recursive: true }).filter((f) => fs.statSync(path.join(root, String(f))).isFile()) : [];

describe("upload checks", () => {
  it("stores a real PDF with its SHA-256 outside public/", async () => {
    const pdf = Buffer.from("%PDF-1.7\nhello\n%%EOF");
    const stored = await receiveUpload(body(pdf), "passport.pdf");
    expect(stored.mimeType).toBe("application/pdf");
    expect(stored.sizeBytes).toBe(pdf.length);
    expect(stored.sha256).toBe(createHash("sha256").update(pdf).digest("hex"));
    expect(fs.readFileSync(path.join(root, stored.storageKey))).toEqual(pdf);
    expect(path.join(root, stored.storageKey)).not.toContain(`${path.sep}public${path.sep}`);
  });

  it("refuses a Windows executable renamed to .pdf and leaves no file", async () => {
    const before = storedFiles().length;
    const exe = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]), Buffer.alloc(1000)]);
    await expect(receiveUpload(body(exe), "passport.pdf")).rejects.toMatchObject({ code: "TYPE_NOT_ALLOWED" });
    expect(storedFiles().length).toBe(before);
  });

  it("refuses a PNG named .pdf", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await expect(receiveUpload(body(png), "scan.pdf")).rejects.toMatchObject({ code: "EXTENSION_MISMATCH" });
  });

  it("stops an oversized upload while streaming and leaves neither a file nor a row", async () => {
    const before = { files: storedFiles().length, rows: await prisma.documentFile.count() };
    const chunk = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(64 * 1024)]);
    const chunks = Array.from({ length: 40 }, () => chunk); // ~2.6 MB against a 1 MB limit
    await expect(receiveUpload(body(...chunks), "big.pdf", 1024 * 1024)).rejects.toMatchObject({ code: "TOO_LARGE" });
    expect(storedFiles().length).toBe(before.files);
    expect(await prisma.documentFile.count()).toBe(before.rows);
  });

  it("fails closed when the virus scanner errors", async () => {
    setVirusScanner(async () => {
      throw new Error("scanner down");
    });
    try {
      const before = storedFiles().length;
      await expect(receiveUpload(body(Buffer.from("%PDF-1.7\nx")), "a.pdf")).rejects.toMatchObject({ code: "SCAN_FAILED" });
      expect(storedFiles().length).toBe(before);
    } finally {
      setVirusScanner(null);
    }
  });
});

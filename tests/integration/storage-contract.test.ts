import { execFile } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { promisify } from "node:util";
import { CreateMultipartUploadCommand, S3Client, UploadPartCommand } from "@aws-sdk/client-s3";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setStorageDriver, StoredObjectMissingError, type StorageDriver } from "@/lib/storage";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { S3Storage } from "@/lib/storage/s3-storage";
import { receiveUpload } from "@/lib/uploads/receive-upload";
import { sweepStorage } from "@/lib/uploads/sweep-storage";
import { startTestS3Server, type TestS3Server } from "../support/s3-server";

// One contract, two drivers (issue 13): local disk, and the S3 driver against a real S3-protocol
// server (s3rver in its own process). Whatever passes here behaves the same behind either.

const MB = 1024 * 1024;
const execFileAsync = promisify(execFile);
const PDF_HEAD = Buffer.from("%PDF-1.7\n");

/** A request body of `total` bytes produced chunk by chunk (never whole in memory); may fail after `failAfter`. */
function body(total: number, options: { head?: Buffer; chunk?: number; failAfter?: number } = {}): WebReadableStream<Uint8Array> {
  const head = options.head ?? PDF_HEAD;
  const chunk = options.chunk ?? 64 * 1024;
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (options.failAfter !== undefined && sent >= options.failAfter) return controller.error(new Error("client went away"));
      if (sent >= total) return controller.close();
      const size = Math.min(chunk, total - sent);
      const bytes = randomBytes(size);
      if (sent === 0) head.copy(bytes, 0, 0, Math.min(head.length, size));
      sent += size;
      controller.enqueue(bytes);
    },
  }) as unknown as WebReadableStream<Uint8Array>;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const newKey = () => `${new Date().getUTCFullYear()}/01/${randomUUID()}`;

type Harness = {
  driver: StorageDriver;
  /** The environment that makes storage() choose this driver in another process. */
  env: Record<string, string>;
  /** Leaves an upload started and never finished, as a crash mid-upload would. */
  leaveIncomplete(key: string): Promise<void>;
  stop(): Promise<void>;
};

const harnesses: Record<string, () => Promise<Harness>> = {
  "local disk": async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "expat-storage-contract-"));
    return {
      driver: new LocalDiskStorage(root),
      env: { STORAGE_DRIVER: "local", UPLOADS_DIR: root },
      async leaveIncomplete(key) {
        fs.mkdirSync(path.dirname(path.join(root, key)), { recursive: true });
        fs.writeFileSync(path.join(root, `${key}.partial`), "half a file");
      },
      async stop() {
        fs.rmSync(root, { recursive: true, force: true });
      },
    };
  },
  "S3 (s3rver)": async () => {
    const server: TestS3Server = await startTestS3Server();
    const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
    const config = {
      bucket: server.bucket,
      region: "us-east-1",
      endpoint: server.endpoint,
      forcePathStyle: true,
      credentials,
      serverSideEncryption: "AES256" as const,
    };
    const client = new S3Client({ ...config, requestChecksumCalculation: "WHEN_REQUIRED" });
    return {
      driver: new S3Storage(config),
      env: {
        STORAGE_DRIVER: "s3",
        S3_BUCKET: server.bucket,
        S3_ENDPOINT: server.endpoint,
        S3_FORCE_PATH_STYLE: "1",
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
      },
      async leaveIncomplete(key) {
        const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: server.bucket, Key: key }));
        await client.send(new UploadPartCommand({ Bucket: server.bucket, Key: key, UploadId, PartNumber: 1, Body: Buffer.alloc(1024, 1) }));
      },
      async stop() {
        client.destroy();
        await server.stop();
      },
    };
  },
};

describe.each(Object.keys(harnesses))("storage contract: %s", (name) => {
  let harness: Harness;
  let driver: StorageDriver;
  beforeAll(async () => {
    harness = await harnesses[name]();
    driver = harness.driver;
  });
  afterAll(async () => {
    setStorageDriver(undefined);
    await harness?.stop();
  });
  beforeEach(async () => {
    setStorageDriver(driver);
    // The sweep logs each removal on console.info/warn: kept off the test output.
    vi.spyOn(console, "info").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    for (const object of await collect(driver.list())) await driver.delete(object.key);
    for (const upload of await collect(driver.listIncomplete())) await driver.abortIncomplete(upload);
  });
  afterEach(() => vi.restoreAllMocks());

  it("stores, lists, streams back and deletes an object; deleting twice is fine", async () => {
    const key = newKey();
    const bytes = randomBytes(200_000);
    await driver.put(key, Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]));
    expect((await readAll(await driver.get(key))).equals(bytes)).toBe(true);
    const listed = await collect(driver.list());
    expect(listed).toEqual([expect.objectContaining({ key, sizeBytes: bytes.length })]);
    expect(Math.abs(listed[0].modifiedAt.getTime() - Date.now())).toBeLessThan(60_000);
    await driver.delete(key);
    await driver.delete(key);
    await expect(driver.get(key)).rejects.toBeInstanceOf(StoredObjectMissingError);
    expect(await collect(driver.list())).toEqual([]);
  });

  it("answers a key that was never stored with StoredObjectMissingError (the route answers 410)", async () => {
    await expect(driver.get(newKey())).rejects.toBeInstanceOf(StoredObjectMissingError);
  });

  it("refuses keys it did not generate, before touching storage", async () => {
    await expect(driver.get("../../etc/passwd")).rejects.toThrow(/Invalid storage key/);
    await expect(driver.put("Passport.pdf", Readable.from([Buffer.from("x")]))).rejects.toThrow(/Invalid storage key/);
  });

  it("passes the readiness check (a write and a removal) and leaves nothing behind", async () => {
    await driver.check();
    expect(await collect(driver.list())).toEqual([]);
  });

  it("leaves no object and no incomplete upload when the source fails mid-stream (past the first 5 MB part)", async () => {
    const key = newKey();
    const source = Readable.from(
      (async function* () {
        for (let sent = 0; sent < 7 * MB; sent += MB) yield randomBytes(MB);
        throw new Error("connection reset");
      })(),
    );
    await expect(driver.put(key, source)).rejects.toThrow();
    expect(await collect(driver.list())).toEqual([]);
    expect(await collect(driver.listIncomplete())).toEqual([]);
  });

  it("streams an upload through the checks: a 7 MB PDF arrives whole, with its sha256", async () => {
    const chunks: Buffer[] = [];
    const source = body(7 * MB);
    const [forUpload, forHash] = (source as unknown as ReadableStream<Uint8Array>).tee();
    const hashing = (async () => {
      for await (const chunk of forHash as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
    })();
    const stored = await receiveUpload(forUpload as unknown as WebReadableStream<Uint8Array>, "passport.pdf");
    await hashing;
    const original = Buffer.concat(chunks);
    expect(stored).toMatchObject({
      mimeType: "application/pdf",
      sizeBytes: 7 * MB,
      sha256: createHash("sha256").update(original).digest("hex"),
    });
    expect((await readAll(await driver.get(stored.storageKey))).equals(original)).toBe(true);
  });

  it.each([
    ["too large", () => body(3 * MB), "a.pdf", 2 * MB, "TOO_LARGE"],
    [
      "not an allowed type (sniffed, whatever its name)",
      () => body(6 * MB, { head: Buffer.from("MZ\x90\x00\x03\x00\x00\x00") }),
      "a.pdf",
      undefined,
      "TYPE_NOT_ALLOWED",
    ],
    [
      "content and extension disagree",
      () => body(MB, { head: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) }),
      "scan.pdf",
      undefined,
      "EXTENSION_MISMATCH",
    ],
    ["empty", () => body(0), "a.pdf", undefined, "EMPTY"],
  ])("refuses a file that is %s and keeps nothing", async (_label, make, fileName, limit, code) => {
    await expect(receiveUpload(make(), fileName as string, limit as number | undefined)).rejects.toMatchObject({ code });
    expect(await collect(driver.list())).toEqual([]);
    expect(await collect(driver.listIncomplete())).toEqual([]);
  });

  it("keeps nothing when the client goes away mid-upload (after 6 MB)", async () => {
    await expect(receiveUpload(body(9 * MB, { failAfter: 6 * MB }), "a.pdf")).rejects.toThrow();
    expect(await collect(driver.list())).toEqual([]);
    expect(await collect(driver.listIncomplete())).toEqual([]);
  });

  it("is swept: an unreferenced old object and an abandoned upload go, a referenced one stays", async () => {
    const kept = newKey();
    const orphan = newKey();
    const abandoned = newKey();
    await driver.put(kept, Readable.from([Buffer.from("kept")]));
    await driver.put(orphan, Readable.from([Buffer.from("orphan")]));
    await harness.leaveIncomplete(abandoned);
    expect((await collect(driver.listIncomplete())).map((u) => u.key)).toEqual([abandoned]);
    const later = new Date(Date.now() + 2 * 60 * 60_000);
    const result = await sweepStorage({
      driver,
      now: later,
      findReferenced: async (keys) => new Set(keys.filter((k) => k === kept)),
      hasAnyReference: async () => true,
    });
    expect(result).toMatchObject({ abortedIncomplete: 1, removedOrphans: 1, keptReferenced: 1 });
    expect((await collect(driver.list())).map((o) => o.key)).toEqual([kept]);
    expect(await collect(driver.listIncomplete())).toEqual([]);
  });

  it("holds a 10 MB upload in under 30 MB of the receiving process's memory (streamed, not buffered)", async () => {
    const { stdout } = await execFileAsync(process.execPath, ["--expose-gc", "--import", "tsx", "tests/support/upload-memory-probe.ts"], {
      env: { ...process.env, ...harness.env, SIZE_BYTES: String(10 * MB), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    });
    const measured = JSON.parse(stdout.trim().split("\n").pop()!);
    const growthMb = measured.rssGrowthBytes / MB;
    process.stdout.write(
      `[storage contract] ${name}: 10 MB upload in ${measured.durationMs} ms, peak RSS growth ${growthMb.toFixed(1)} MB\n`,
    );
    expect(measured.sizeBytes).toBe(10 * MB);
    expect(growthMb).toBeLessThan(30);
  });
});

import { createHash, randomUUID } from "node:crypto";
import { PassThrough, Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { format } from "date-fns";
import { storage } from "@/lib/storage";
import { extensionMatches, SNIFF_BYTES, sniffFileType, type AllowedMimeType } from "./sniff-file-type";
import { scanForViruses } from "./virus-scan";
import { UploadError } from "./upload-error";
import { isTransferTooSlow, uploadLimits } from "./upload-limits";

export { UploadError } from "./upload-error";

export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export function maxUploadBytes(): number {
  const configured = Number(process.env.MAX_UPLOAD_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_UPLOAD_BYTES;
}

export type StoredUpload = { storageKey: string; mimeType: AllowedMimeType; sizeBytes: number; sha256: string };

/**
 * Reads the request body chunk by chunk and cancels it when reading stops early (a refused
 * file). Readable.fromWeb() was avoided: destroying it mid-request made Node throw an uncaught
 * ERR_INVALID_STATE from the closed web stream.
 */
async function* readChunks(body: WebReadableStream<Uint8Array>, signal: AbortSignal): AsyncGenerator<Buffer> {
  const reader = body.getReader();
  let finished = false;
  // A stalled client never completes read(): cancelling the reader ends it (done: true).
  const onAbort = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw new UploadError("TOO_SLOW");
      if (done) {
        finished = true;
        return;
      }
      yield Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    }
  } finally {
    signal.removeEventListener("abort", onAbort);
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}

/**
 * Streams a request body to storage while counting, hashing and sniffing it, so that a file
 * too large or of the wrong type is refused before it is buffered whole (OWASP; ASVS 5.2).
 * Whatever goes wrong, nothing is left in storage.
 */
export async function receiveUpload(
  body: WebReadableStream<Uint8Array>,
  fileName: string,
  limit = maxUploadBytes(),
): Promise<StoredUpload> {
  const storageKey = `${format(new Date(), "yyyy/MM")}/${randomUUID()}`;
  const hash = createHash("sha256");
  let size = 0;
  let head = Buffer.alloc(0);
  let mimeType: AllowedMimeType | null = null;
  const inspect = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) return done(new UploadError("TOO_LARGE"));
      if (mimeType === null && head.length < SNIFF_BYTES) {
        head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
        if (head.length >= SNIFF_BYTES) {
          mimeType = sniffFileType(head);
          if (!mimeType) return done(new UploadError("TYPE_NOT_ALLOWED"));
          if (!extensionMatches(fileName, mimeType)) return done(new UploadError("EXTENSION_MISMATCH"));
        }
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  // Minimum transfer rate and absolute timeout (lib/uploads/upload-limits.ts), checked each second.
  const limits = uploadLimits();
  const started = Date.now();
  const watchdog = new AbortController();
  const timer = setInterval(() => {
    if (isTransferTooSlow(size, Date.now() - started, limits)) watchdog.abort();
  }, 1000);
  timer.unref();
  const source = Readable.from(readChunks(body, watchdog.signal));
  // pipeline() attaches every error handler at once: a refusal in `inspect` or a client that
  // disconnects destroys the whole chain, including the stream the storage driver is writing.
  const checked = new PassThrough();
  const piping = pipeline(source, inspect, checked);
  const putting = storage().put(storageKey, checked);
  try {
    await Promise.all([putting, piping]).finally(() => clearInterval(timer));
    if (size === 0) throw new UploadError("EMPTY");
    // Files shorter than the signature window were never sniffed.
    mimeType ??= sniffFileType(head);
    if (!mimeType) throw new UploadError("TYPE_NOT_ALLOWED");
    if (!extensionMatches(fileName, mimeType)) throw new UploadError("EXTENSION_MISMATCH");
    const sha256 = hash.digest("hex");
    await scanForViruses({ storageKey, sha256, mimeType });
    return { storageKey, mimeType, sizeBytes: size, sha256 };
  } catch (error) {
    // Let the driver finish its own clean-up before ours, so nothing is left half-written.
    await Promise.allSettled([putting, piping]);
    await storage()
      .delete(storageKey)
      .catch(() => undefined);
    throw error;
  }
}

import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { consumeThrottle } from "@/lib/auth/data/throttles";
import { precheckUploadQuota, type UploadScope } from "@/lib/uploads/data/upload-quotas";
import type { CurrentUser } from "@/lib/kernel/access";
import { errorText, logEvent } from "@/lib/log/log-event";
import { discardStoredUpload } from "./discard-upload";
import { maxUploadBytes, receiveUpload, UploadError, type StoredUpload } from "./receive-upload";
import { parseFileNameHeader } from "./sniff-file-type";
import { UploadQuotaError } from "./upload-limits";

const json = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

type UploadRoute<T> = {
  /** May this user upload here? Checked before a byte of the body is read; null means 404. */
  authorize: (user: CurrentUser) => Promise<T | null> | T | null;
  /** What the upload counts against (quotas, lib/uploads/data/upload-quotas.ts). */
  scope: (user: CurrentUser, target: T) => UploadScope;
  /**
   * Records the stored file; null means the target changed meanwhile (the file is removed). It
   * enforces the quotas again under a lock, throwing UploadQuotaError (the file is removed too).
   */
  record: (user: CurrentUser, target: T, stored: StoredUpload, name: string) => Promise<unknown | null>;
};

/**
 * The one shape of every upload route handler (documents, vault, receipts): same-origin, signed
 * in, throttled, a well-formed name, authorized, size declared within the limit and the quotas,
 * then streamed (with a minimum rate), sniffed and recorded. The raw body is used instead of a
 * server action, which would buffer it and cap it at 1 MB. Whatever is refused leaves nothing
 * in storage.
 */
export async function handleUpload<T>(request: Request, route: UploadRoute<T>): Promise<Response> {
  if (!isSameOrigin(request)) return json(403, { error: "CROSS_SITE" });
  const user = await getCurrentUser();
  if (!user) return json(401, { error: "UNAUTHENTICATED" });
  const name = parseFileNameHeader(request.headers.get("x-file-name"));
  if (name === null) return json(400, { error: "BAD_NAME" });
  const declared = request.headers.get("content-length");
  if (declared !== null && !/^\d{1,15}$/.test(declared)) return json(400, { error: "BAD_LENGTH" });
  const throttle = await consumeThrottle("upload", user.id);
  if (!throttle.allowed) return json(429, { error: "THROTTLED" }, { "Retry-After": String(throttle.retryAfterSeconds) });
  const target = await route.authorize(user);
  if (!target) return json(404, { error: "NOT_FOUND" });
  const declaredBytes = Number(declared ?? "0");
  if (declaredBytes > maxUploadBytes()) return json(413, { error: "TOO_LARGE", maxBytes: maxUploadBytes() });
  if (!request.body) return json(400, { error: "EMPTY" });
  const scope = route.scope(user, target);
  const overQuota = await precheckUploadQuota(scope, declaredBytes);
  if (overQuota) return json(413, { error: overQuota });
  let stored: StoredUpload;
  try {
    stored = await receiveUpload(request.body as unknown as WebReadableStream<Uint8Array>, name);
  } catch (error) {
    if (error instanceof UploadError) {
      const status = error.code === "TOO_LARGE" ? 413 : error.code === "TOO_SLOW" ? 408 : error.code === "EMPTY" ? 400 : 415;
      return json(status, { error: error.code, maxBytes: maxUploadBytes() });
    }
    // A full disk (or quota) is refused like any other failure, with nothing left behind.
    if ((error as NodeJS.ErrnoException)?.code === "ENOSPC" || (error as NodeJS.ErrnoException)?.code === "EDQUOT") {
      logEvent("error", "upload.storage_full", { error: errorText(error, 200) });
      return json(507, { error: "STORAGE_FULL" });
    }
    throw error;
  }
  // Store → record → on failure delete (issue 20): the bytes of a file the database does not know
  // about are a personal document that no deletion flow could ever reach.
  let file: unknown;
  try {
    file = await route.record(user, target, stored, name);
  } catch (error) {
    await discardStoredUpload(stored.storageKey, error);
    // Over a quota found under the lock: a refusal, not a failure.
    if (error instanceof UploadQuotaError) return json(413, { error: error.code });
    logEvent("error", "upload.record_failed", { storageKey: stored.storageKey, error: errorText(error, 300) });
    return json(503, { error: "UNAVAILABLE" });
  }
  if (!file) {
    await discardStoredUpload(stored.storageKey, "target changed");
    return json(409, { error: "LOCKED" });
  }
  return json(201, { file });
}

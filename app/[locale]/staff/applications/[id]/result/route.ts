import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEnter } from "@/lib/kernel/roles";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { completeApplication } from "@/lib/review/data/review-complete";
import { toActionResult } from "@/lib/review/action-result";
import { completeStepSchema } from "@/lib/review/action-schemas";
import { discardStoredUpload } from "@/lib/uploads/discard-upload";
import { maxUploadBytes, receiveUpload, UploadError } from "@/lib/uploads/receive-upload";
import { cleanFileName } from "@/lib/uploads/sniff-file-type";

export const dynamic = "force-dynamic";

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

function fileNameOf(request: Request): string {
  try {
    return cleanFileName(decodeURIComponent(request.headers.get("x-file-name") ?? "result.pdf"));
  } catch {
    return "result.pdf";
  }
}

/**
 * "Completed" with the result attached: the PDF is the raw body (streamed, size-capped and
 * sniffed by receiveUpload, as applicants' uploads are), the page's version in X-Expected-Version.
 * Server actions are not used: they buffer the body and cap it at 1 MB. If the step is refused,
 * the stored file is deleted, so nothing is left behind.
 */
export async function POST(request: Request, { params }: RouteContext<"/[locale]/staff/applications/[id]/result">) {
  if (!isSameOrigin(request)) return json(403, { error: "review.errors.ROLE_NOT_ALLOWED" });
  const user = await getCurrentUser();
  if (!user || !canEnter("staff", user.role)) return json(404, { error: "review.errors.NOT_FOUND" });
  const { id } = await params;
  const expectedVersion = Number(request.headers.get("x-expected-version"));
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0) return json(400, { error: "review.errors.INVALID_INPUT" });
  const issued = completeStepSchema.safeParse({
    applicationId: id,
    expectedVersion,
    issuedExpiresOn: request.headers.get("x-issued-expires-on") ?? "",
  });
  if (!issued.success) return json(400, { error: issued.error.issues[0]?.message ?? "review.errors.INVALID_INPUT" });
  if (Number(request.headers.get("content-length") ?? "0") > maxUploadBytes()) return json(413, { error: "review.upload.TOO_LARGE" });
  if (!request.body) return json(400, { error: "review.upload.EMPTY" });
  const name = fileNameOf(request);
  let stored;
  try {
    stored = await receiveUpload(request.body as unknown as WebReadableStream<Uint8Array>, name);
  } catch (error) {
    if (error instanceof UploadError) return json(error.code === "TOO_LARGE" ? 413 : 415, { error: `review.upload.${error.code}` });
    throw error;
  }
  try {
    await completeApplication(user, issued.data, { upload: stored, originalName: name });
    return json(201, { ok: true });
  } catch (error) {
    await discardStoredUpload(stored.storageKey, error);
    const result = toActionResult(error);
    return json(result.conflict ? 409 : 422, { error: result.ok ? null : result.formError, conflict: result.conflict ?? false });
  }
}

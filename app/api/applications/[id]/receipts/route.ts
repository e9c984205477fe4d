import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { findReceiptTarget, recordPaymentReceipt } from "@/lib/data/invoices";
import { storage } from "@/lib/storage";
import { maxUploadBytes, receiveUpload, UploadError } from "@/lib/uploads/receive-upload";
import { cleanFileName } from "@/lib/uploads/sniff-file-type";

export const dynamic = "force-dynamic";

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** Uploads a payment receipt for the application's invoice (same streaming and sniffing as documents). */
export async function POST(request: Request, { params }: RouteContext<"/api/applications/[id]/receipts">) {
  if (!isSameOrigin(request)) return json(403, { error: "CROSS_SITE" });
  const user = await getCurrentUser();
  if (!user) return json(401, { error: "UNAUTHENTICATED" });
  const target = await findReceiptTarget(user, (await params).id);
  if (!target) return json(404, { error: "NOT_FOUND" });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxUploadBytes()) return json(413, { error: "TOO_LARGE", maxBytes: maxUploadBytes() });
  if (!request.body) return json(400, { error: "EMPTY" });
  const name = cleanFileName(decodeURIComponent(request.headers.get("x-file-name") ?? "file"));
  try {
    const stored = await receiveUpload(request.body as unknown as WebReadableStream<Uint8Array>, name);
    const receipt = await recordPaymentReceipt(user, target.id, stored, name);
    if (!receipt) {
      await storage().delete(stored.storageKey);
      return json(409, { error: "LOCKED" });
    }
    return json(201, { file: receipt });
  } catch (error) {
    if (error instanceof UploadError) return json(error.code === "TOO_LARGE" ? 413 : 415, { error: error.code, maxBytes: maxUploadBytes() });
    throw error;
  }
}

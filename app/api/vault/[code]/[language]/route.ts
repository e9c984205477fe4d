import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { canUploadToVault, recordVaultVersion } from "@/lib/data/company-vault";
import { storage } from "@/lib/storage";
import { maxUploadBytes, receiveUpload, UploadError } from "@/lib/uploads/receive-upload";
import { cleanFileName } from "@/lib/uploads/sniff-file-type";

export const dynamic = "force-dynamic";

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Uploads a new version of a company document into the vault (raw body, streamed and sniffed
 * like application documents). `?validUntil=YYYY-MM-DD` optionally dates it.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/vault/[code]/[language]">) {
  if (!isSameOrigin(request)) return json(403, { error: "CROSS_SITE" });
  const user = await getCurrentUser();
  if (!user) return json(401, { error: "UNAUTHENTICATED" });
  const { code, language } = await params;
  const validUntil = new URL(request.url).searchParams.get("validUntil") || null;
  const input = { code, language, validUntil };
  if (!canUploadToVault(user, input)) return json(404, { error: "NOT_FOUND" });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxUploadBytes()) return json(413, { error: "TOO_LARGE", maxBytes: maxUploadBytes() });
  if (!request.body) return json(400, { error: "EMPTY" });
  const name = cleanFileName(decodeURIComponent(request.headers.get("x-file-name") ?? "file"));
  try {
    const stored = await receiveUpload(request.body as unknown as WebReadableStream<Uint8Array>, name);
    const version = await recordVaultVersion(user, input, stored, name);
    if (!version) {
      await storage().delete(stored.storageKey);
      return json(409, { error: "LOCKED" });
    }
    return json(201, { file: version });
  } catch (error) {
    if (error instanceof UploadError) return json(error.code === "TOO_LARGE" ? 413 : 415, { error: error.code, maxBytes: maxUploadBytes() });
    throw error;
  }
}

import { Readable } from "node:stream";
import { getCurrentUser } from "@/lib/auth/current-user";
import { openReceiptForDownload } from "@/lib/applications/data/file-access";
import { storage, StoredObjectMissingError } from "@/lib/storage";
import { missingFileResponse } from "@/lib/uploads/missing-file-response";

export const dynamic = "force-dynamic";

/** A payment receipt, for its company's applicants and for staff; 404 otherwise (no oracle). */
export async function GET(request: Request, { params }: RouteContext<"/api/receipts/[id]">) {
  const user = await getCurrentUser();
  if (!user) return new Response("Not found", { status: 404 });
  const id = (await params).id;
  const inline = new URL(request.url).searchParams.get("inline") === "1";
  // Staff access is audited on the application's timeline.
  const file = await openReceiptForDownload(user, id, { inline });
  if (!file) return new Response("Not found", { status: 404 });
  const ascii = file.originalName.replace(/[^\x20-\x7e]/g, "_");
  let stream;
  try {
    stream = await storage().get(file.storageKey);
  } catch (error) {
    if (error instanceof StoredObjectMissingError) return missingFileResponse({ id, storageKey: file.storageKey }, user.locale);
    throw error;
  }
  return new Response(Readable.toWeb(stream as Readable) as ReadableStream, {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
    },
  });
}

import { Readable } from "node:stream";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { deleteUploadedFile } from "@/lib/applications/data/document-files";
import { openFileForDownload } from "@/lib/applications/data/file-access";
import { storage, StoredObjectMissingError } from "@/lib/storage";
import { missingFileResponse } from "@/lib/uploads/missing-file-response";

export const dynamic = "force-dynamic";

function contentDisposition(kind: "attachment" | "inline", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Downloads go only through here: the user must be allowed to see the file (404 otherwise, no
 * oracle). `?inline=1` shows PDFs and images in the browser for previews, sandboxed by CSP.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/files/[id]">) {
  const user = await getCurrentUser();
  if (!user) return new Response("Not found", { status: 404 });
  const id = (await params).id;
  const inline = new URL(request.url).searchParams.get("inline") === "1";
  // An application's file (staff access is audited), or (applicants only) a version in their company's vault.
  const file = await openFileForDownload(user, id, { inline });
  if (!file) return new Response("Not found", { status: 404 });
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
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", file.originalName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
    },
  });
}

export async function DELETE(request: Request, { params }: RouteContext<"/api/files/[id]">) {
  if (!isSameOrigin(request)) return new Response(null, { status: 403 });
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 404 });
  const deleted = await deleteUploadedFile(user, (await params).id);
  if (!deleted) return Response.json({ error: "NOT_FOUND" }, { status: 404 });
  if (deleted.storageKey) await storage().delete(deleted.storageKey);
  return new Response(null, { status: 204 });
}

import { findUploadTarget, recordUploadedFile } from "@/lib/applications/data/document-files";
import { handleUpload } from "@/lib/uploads/upload-route";

export const dynamic = "force-dynamic";

/** Upload one file into a document slot of the applicant's own draft (or a slot sent back for changes). */
export async function POST(request: Request, { params }: RouteContext<"/api/applications/[id]/documents/[code]/files">) {
  const { id, code } = await params;
  return handleUpload(request, {
    authorize: (user) => findUploadTarget(user, id, code),
    scope: (user, target) => ({ companyId: user.companyId!, applicationId: target.applicationId, documentId: target.id }),
    record: (user, target, stored, name) => recordUploadedFile(user, target.id, stored, name),
  });
}

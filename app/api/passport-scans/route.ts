import { createApplicantPassportScan } from "@/lib/passport/data/passport-scans-applicant";
import { handleUpload } from "@/lib/uploads/upload-route";

export const dynamic = "force-dynamic";

/** An applicant uploads a passport data page to start a new person from; it is read in the background. */
export async function POST(request: Request) {
  return handleUpload(request, {
    authorize: (user) => (user.role === "APPLICANT" && user.companyId ? user : null),
    // Counts against the company's stored bytes like every other upload (issue 14's quotas).
    scope: (user) => ({ companyId: user.companyId! }),
    record: (user, _target, stored) => createApplicantPassportScan(user, stored),
  });
}

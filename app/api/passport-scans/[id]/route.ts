import { getCurrentUser } from "@/lib/auth/current-user";
import { getApplicantPassportScan } from "@/lib/passport/data/passport-scans-applicant";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** What the reader found in the applicant's own scan (polled by the person form). */
export async function GET(_request: Request, { params }: RouteContext<"/api/passport-scans/[id]">) {
  const user = await getCurrentUser();
  if (!user) return json(401, { error: "UNAUTHENTICATED" });
  if (user.role !== "APPLICANT" || !user.companyId) return json(404, { error: "NOT_FOUND" });
  const scan = await getApplicantPassportScan(user, (await params).id);
  return scan ? json(200, scan) : json(404, { error: "NOT_FOUND" });
}

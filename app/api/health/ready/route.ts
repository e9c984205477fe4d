import { checkReadiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

/** Readiness for load balancers: database, storage and mail transport reachable, and not shutting down; 503 otherwise. */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

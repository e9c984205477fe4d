import { isDatabaseAnswering } from "@/lib/health/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await isDatabaseAnswering();
  return Response.json(
    { status: ok ? "ok" : "degraded", db: ok ? "ok" : "unavailable" },
    {
      status: ok ? 200 : 503,
      headers: { "Cache-Control": "no-store" },
    },
  );
}

export const dynamic = "force-dynamic";

/** Liveness for orchestrators: the process answers. No database call (a database outage must not restart every web server). */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}

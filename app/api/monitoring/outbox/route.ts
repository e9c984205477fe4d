import { readOutboxHealthForMonitoring } from "@/lib/admin/data/outbox-health";
import { checkMonitoringAccess } from "@/lib/monitoring/monitoring-token";
import { outboxMetricsText } from "@/lib/monitoring/outbox-metrics";

export const dynamic = "force-dynamic";

/**
 * The e-mail queue for monitoring: JSON, or Prometheus text with `?format=prometheus`. Needs
 * `Authorization: Bearer $MONITORING_TOKEN`; 404 while MONITORING_TOKEN is unset.
 */
export async function GET(request: Request) {
  const access = checkMonitoringAccess(request);
  if (access === "disabled") return new Response("Not found", { status: 404 });
  if (access === "denied")
    return new Response("Unauthorized", { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="monitoring"' } });
  const health = await readOutboxHealthForMonitoring();
  const headers = { "Cache-Control": "no-store" };
  if (new URL(request.url).searchParams.get("format") === "prometheus") {
    return new Response(outboxMetricsText(health), { headers: { ...headers, "Content-Type": "text/plain; version=0.0.4; charset=utf-8" } });
  }
  return Response.json(health, { headers });
}

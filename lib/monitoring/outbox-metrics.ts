import type { OutboxHealth } from "@/lib/admin/data/outbox-health";

/** The same figures as Prometheus' text format (`GET /api/monitoring/outbox?format=prometheus`). */
export function outboxMetricsText(health: OutboxHealth): string {
  const lines: string[] = [];
  const metric = (name: string, help: string, value: number | null) => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${value ?? 0}`);
  };
  metric("expat_outbox_pending", "E-mails waiting to be sent, including those backing off after a temporary failure.", health.pending);
  metric("expat_outbox_due", "Pending e-mails due now.", health.due);
  metric("expat_outbox_failed", "E-mails given up on (shown at /admin/emails).", health.failed);
  metric("expat_outbox_sent_last_hour", "E-mails sent in the last hour.", health.sentLastHour);
  metric("expat_outbox_oldest_pending_age_seconds", "Age of the oldest pending e-mail (0 when none).", health.oldestPendingAgeSeconds);
  metric(
    "expat_outbox_oldest_due_age_seconds",
    "How long the oldest due e-mail has been due (0 when none); grows when no worker runs.",
    health.oldestDueAgeSeconds,
  );
  return `${lines.join("\n")}\n`;
}

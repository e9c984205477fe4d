import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { LONG_PENDING_MS, listOutboxProblems } from "@/lib/admin/data/outbox-admin";
import { readOutboxHealth } from "@/lib/admin/data/outbox-health";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { ActionButton } from "@/components/review/action-button";
import { retryEmailAction } from "../../../../lib/admin/email-actions";
import { EmptyState } from "@/components/ui/empty-state";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/emails">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin.emails" });
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

/** E-mails that need a person: FAILED, or pending long after they were written (issue 20). */
export default async function EmailProblemsPage({ params }: PageProps<"/[locale]/admin/emails">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("admin");
  const [t, tKinds, problems, queue] = await Promise.all([
    getTranslations("admin.emails"),
    getTranslations("notifications.preferences.kinds"),
    listOutboxProblems(user),
    readOutboxHealth(user),
  ]);
  const age = (seconds: number) => {
    const minutes = Math.floor(seconds / 60);
    return minutes < 120 ? t("age", { minutes }) : t("ageHours", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  };
  const stalled = queue.oldestDueAgeSeconds !== null && queue.oldestDueAgeSeconds * 1000 > LONG_PENDING_MS;
  const kindLabel = (kind: string) => (tKinds.has(kind) ? tKinds(kind) : kind);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <section aria-labelledby="queue-heading" className="space-y-3">
        <h2 id="queue-heading" className="text-xl font-semibold">
          {t("queueTitle")}
        </h2>
        {stalled && (
          <p role="alert" className="max-w-3xl rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
            {t("stalled", { age: age(queue.oldestDueAgeSeconds!) })}
          </p>
        )}
        <dl className="grid max-w-3xl grid-cols-2 gap-3 sm:grid-cols-4" data-testid="outbox-queue">
          {[
            [t("queuePending"), String(queue.pending)],
            [t("queueOldest"), queue.oldestPendingAgeSeconds === null ? t("queueOldestNone") : age(queue.oldestPendingAgeSeconds)],
            [t("queueFailed"), String(queue.failed)],
            [t("queueSentLastHour"), String(queue.sentLastHour)],
          ].map(([label, value]) => (
            <div key={label} className="rounded border border-slate-300 bg-white p-3">
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="text-lg font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {problems.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <Table
          caption={t("title")}
          columns={[
            { label: t("status") },
            { label: t("message") },
            { label: t("attempts") },
            { label: t("lastError") },
            { label: t("actions"), labelHidden: true },
          ]}
        >
          {problems.map((p) => (
            <tr key={p.id}>
              <Cell>
                <span
                  className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${p.status === "FAILED" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"}`}
                >
                  {p.status === "FAILED" ? t("failed") : t("pending")}
                </span>
              </Cell>
              <RowHeader className="font-normal">
                <span className="block font-medium">{kindLabel(p.kind)}</span>
                <span className="block break-all text-sm">{p.toEmail}</span>
                <span className="block text-sm text-slate-600">{t("written", { at: formatCentreDateTime(p.createdAt, locale) })}</span>
              </RowHeader>
              <Cell className="text-sm">
                <span className="block tabular-nums">{p.attempts}</span>
                {p.lastAttemptAt && (
                  <span className="block text-slate-600">{t("lastTried", { at: formatCentreDateTime(p.lastAttemptAt, locale) })}</span>
                )}
                {p.status === "PENDING" && (
                  <span className="block text-slate-600">{t("nextTry", { at: formatCentreDateTime(p.nextAttemptAt, locale) })}</span>
                )}
              </Cell>
              <Cell className="max-w-md break-words font-mono text-xs">{p.lastError ?? "—"}</Cell>
              <Cell>
                <ActionButton
                  action={retryEmailAction.bind(null, p.id)}
                  label={t("retry")}
                  srSuffix={`${kindLabel(p.kind)} ${p.toEmail}`}
                  variant="secondary"
                />
              </Cell>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}

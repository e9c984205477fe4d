import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { isDevMailboxEnabled, readMailConfig } from "@/lib/notify/config";
import { listMailbox } from "@/lib/notify/dev-mailbox";
import { EmptyState } from "@/components/ui/empty-state";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";

// Development only (404 in production unless SHOW_DEV_MAILBOX=1): the e-mails the file mailer
// wrote when no SMTP_URL is set, so a new developer can see what the portal sends.

export async function generateMetadata({ params }: PageProps<"/[locale]/dev/mail">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "notifications.devMail" });
  return { title: t("title"), robots: { index: false } };
}

export default async function DevMailboxPage({ params }: PageProps<"/[locale]/dev/mail">) {
  if (!isDevMailboxEnabled()) notFound();
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { mailDir } = readMailConfig();
  const [t, entries] = await Promise.all([getTranslations("notifications.devMail"), listMailbox(mailDir)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead", { dir: mailDir })} />
      {entries.length === 0 ? (
        <EmptyState size="lg">{t("empty")}</EmptyState>
      ) : (
        <Table
          caption={t("title")}
          columns={[{ label: t("date") }, { label: t("to") }, { label: t("subject") }]}
          className="w-full bg-white text-sm"
        >
          {entries.map((entry) => (
            <tr key={entry.id}>
              <Cell className="whitespace-nowrap">{formatCentreDateTime(new Date(entry.date), locale)}</Cell>
              <Cell>{entry.to}</Cell>
              <RowHeader className="font-normal">
                <Link href={`/dev/mail/${entry.id}`} className="font-semibold text-brand-700 underline">
                  {entry.subject}
                </Link>
              </RowHeader>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}

import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { isDevMailboxEnabled, readMailConfig } from "@/lib/notify/config";
import { findMailboxEntry } from "@/lib/notify/dev-mailbox";

export async function generateMetadata({ params }: PageProps<"/[locale]/dev/mail/[id]">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "notifications.devMail" });
  return { title: t("title"), robots: { index: false } };
}

export default async function DevMailPage({ params }: PageProps<"/[locale]/dev/mail/[id]">) {
  if (!isDevMailboxEnabled()) notFound();
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const entry = await findMailboxEntry(readMailConfig().mailDir, id);
  if (!entry) notFound();
  const t = await getTranslations("notifications.devMail");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/dev/mail" className="font-semibold text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{entry.subject}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="text-slate-600">{t("to")}</dt>
        <dd>{entry.to}</dd>
        <dt className="text-slate-600">{t("date")}</dt>
        <dd>{formatCentreDateTime(new Date(entry.date), locale)}</dd>
        {entry.attachments.length > 0 && (
          <>
            <dt className="text-slate-600">{t("attachments")}</dt>
            <dd>{entry.attachments.join(", ")}</dd>
          </>
        )}
      </dl>
      <p>
        {/* A plain link: the route answers with a file download, not a page. */}
        <a href={getPathname({ href: `/dev/mail/${entry.id}/raw`, locale })} className="font-semibold text-brand-700 underline">
          {t("raw")}
        </a>
      </p>
      <section aria-labelledby="html-version">
        <h2 id="html-version" className="mb-2 text-xl font-semibold">
          {t("htmlVersion")}
        </h2>
        {/* sandbox="" runs no script and gives the message no access to this page. */}
        <iframe
          title={t("htmlVersion")}
          sandbox=""
          srcDoc={entry.html}
          className="h-[36rem] w-full rounded border border-slate-300 bg-white"
        />
      </section>
      <section aria-labelledby="text-version">
        <h2 id="text-version" className="mb-2 text-xl font-semibold">
          {t("textVersion")}
        </h2>
        <pre className="overflow-x-auto whitespace-pre-wrap rounded border border-slate-300 bg-white p-4 text-sm">{entry.text}</pre>
      </section>
    </div>
  );
}

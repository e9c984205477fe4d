import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const [t, ts] = await Promise.all([getTranslations("footer"), getTranslations("workspace.status")]);
  return (
    <footer className="no-print border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-3 px-4 py-6 text-sm text-slate-600 sm:px-6">
        <span>{t("note")}</span>
        <Link href="/status" className="font-semibold text-brand-700 underline">
          {ts("footerLink")}
        </Link>
      </div>
    </footer>
  );
}

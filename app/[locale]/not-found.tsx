import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <section className="max-w-2xl space-y-4">
      <p className="text-sm font-semibold text-slate-600">404</p>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <Link href="/" className="font-semibold text-brand-700 underline">
        {t("home")}
      </Link>
    </section>
  );
}

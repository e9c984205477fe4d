import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/kernel/roles";

export default async function Forbidden() {
  const [t, user] = await Promise.all([getTranslations("forbidden"), getCurrentUser()]);
  return (
    <section className="max-w-2xl space-y-4">
      <p className="text-sm font-semibold text-slate-600">403</p>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <Link href={user ? homePathFor(user.role) : "/"} className="font-semibold text-brand-700 underline">
        {t("home")}
      </Link>
    </section>
  );
}

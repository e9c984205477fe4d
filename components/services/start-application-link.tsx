import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass } from "@/components/ui/button-class";

/** The portal's "Submit new application"; the server guard sends visitors to sign in first. */
export async function StartApplicationLink({ code }: { code: string }) {
  const t = await getTranslations("services.page.start");
  return (
    <div className="space-y-1">
      <Link href={`/portal/applications/new?service=${code}`} className={`${buttonClass("primary")} text-lg`}>
        {t("button")}
      </Link>
      <p className="text-sm text-slate-600">{t("hint")}</p>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { isDemoMode } from "@/lib/env";

/** On every page of a demonstration system (DEMO_MODE=1): nobody should mistake it for the real service. */
export async function DemoBanner() {
  if (!isDemoMode()) return null;
  const t = await getTranslations("demo");
  return (
    <div
      role="region"
      aria-label={t("label")}
      data-testid="demo-banner"
      className="border-b-4 border-amber-600 bg-amber-100 px-4 py-2 text-center text-sm text-slate-900"
    >
      <strong className="font-semibold">{t("title")}</strong> {t("body")}
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import type { AnyServiceDefinition } from "@/lib/catalog";

/** Who the service is for and what it achieves, plus its standing rules ("good to know"). */
export async function ServiceAbout({ service }: { service: AnyServiceDefinition }) {
  const [t, tc] = await Promise.all([getTranslations("services.page.about"), getTranslations("catalog")]);
  return (
    <section id="about" aria-labelledby="about-title" className="max-w-3xl space-y-4">
      <h2 id="about-title" className="text-2xl font-semibold">
        {t("title")}
      </h2>
      <h3 className="text-lg font-semibold">{t("whoFor")}</h3>
      <p>{tc(service.messages.whoFor)}</p>
      <h3 className="text-lg font-semibold">{t("purpose")}</h3>
      <p>{tc(service.messages.purpose)}</p>
      {service.ruleKeys.length > 0 && (
        <>
          <h3 className="text-lg font-semibold">{t("rules")}</h3>
          <ul className="list-disc space-y-1 pl-5">
            {service.ruleKeys.map((key) => (
              <li key={key}>{tc(key)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import { getService } from "@/lib/catalog";
import type { Locale } from "@/lib/kernel/locales";
import type { FinderResult } from "@/lib/services/finder";
import { ServiceCard } from "./service-card";

type Done = Extract<FinderResult, { status: "DONE" }>;

/** The service(s) the answers lead to, the advice that goes with them, and alternatives. */
export async function FinderResults({ result, locale }: { result: Done; locale: Locale }) {
  const [t, tRoot] = await Promise.all([getTranslations("services.finder.results"), getTranslations()]);
  return (
    <section
      id="results"
      aria-labelledby="finder-results-title"
      tabIndex={-1}
      className="space-y-4 rounded border-2 border-brand-700 bg-white p-4 sm:p-6"
    >
      <h2 id="finder-results-title" className="text-2xl font-semibold">
        {result.services.length > 0 ? t("title", { count: result.services.length }) : t("none")}
      </h2>
      {result.advice.length > 0 && (
        <ul className="list-disc space-y-1 pl-5">
          {result.advice.map((advice) => (
            <li key={advice.key}>{tRoot(advice.key, advice.values)}</li>
          ))}
        </ul>
      )}
      {result.services.length > 0 && (
        <ul className="grid gap-4 md:grid-cols-2">
          {result.services.map((code) => (
            <li key={code}>
              <ServiceCard service={getService(code)} locale={locale} headingLevel={3} />
            </li>
          ))}
        </ul>
      )}
      {result.alternatives.length > 0 && (
        <>
          <h3 className="text-lg font-semibold">{t("alternatives")}</h3>
          <ul className="grid gap-4 md:grid-cols-2">
            {result.alternatives.map((code) => (
              <li key={code}>
                <ServiceCard service={getService(code)} locale={locale} headingLevel={4} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

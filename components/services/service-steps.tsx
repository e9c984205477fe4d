import { getTranslations } from "next-intl/server";
import type { AnyServiceDefinition } from "@/lib/catalog";

const EC_STEPS = ["process.upload", "process.approval", "process.appointment"] as const;

/**
 * The shared portal → approval → appointment process; for the four invitations, step 2 at an
 * embassy or airport with its own documents (EMBASSY_STEP in the catalog).
 */
export async function ServiceSteps({ service }: { service: AnyServiceDefinition }) {
  const [t, tc] = await Promise.all([getTranslations("services.page.steps"), getTranslations("catalog")]);
  const embassy = service.embassyStep;
  return (
    <section id="steps" aria-labelledby="steps-title" className="max-w-3xl space-y-4">
      <h2 id="steps-title" className="text-2xl font-semibold">
        {t("title")}
      </h2>
      {embassy && <h3 className="text-lg font-semibold">{t("expatCentreStep")}</h3>}
      <ol className="list-decimal space-y-2 pl-6">
        {EC_STEPS.map((key) => (
          <li key={key}>{tc(key)}</li>
        ))}
      </ol>
      {service.personalPresence && (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
          <strong>{t("inPersonLabel")}</strong> {t("inPerson")}
        </p>
      )}
      {embassy && (
        <>
          <h3 className="text-lg font-semibold">{tc(embassy.titleKey)}</h3>
          <p>{t("embassyLead")}</p>
          <ul className="list-disc space-y-2 pl-6">
            {embassy.documents.map((doc) => (
              <li key={doc.code}>
                {tc(`documents.${doc.code}`)}
                {doc.requirements.length > 0 && (
                  <span className="block text-sm text-slate-700">{doc.requirements.map((r) => tc(`requirements.${r}`)).join(" ")}</span>
                )}
              </li>
            ))}
          </ul>
          {embassy.infoKeys.map((key) => (
            <p key={key}>{tc(key)}</p>
          ))}
        </>
      )}
    </section>
  );
}

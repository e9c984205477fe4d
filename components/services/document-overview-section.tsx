import { getTranslations } from "next-intl/server";
import type { AnyServiceDefinition } from "@/lib/catalog";
import { documentOverview } from "@/lib/services/document-overview";
import { BringList, DocumentDescription } from "@/components/applications/document-checklist";

/**
 * Every document the service may need, split into copies to upload and originals to bring,
 * each with the condition under which it applies. The calculator narrows it to one case.
 */
export async function DocumentOverviewSection({ service }: { service: AnyServiceDefinition }) {
  const [t, tc] = await Promise.all([getTranslations("services.page.documents"), getTranslations("catalog")]);
  const overview = documentOverview(service);
  return (
    <div id="documents" className="max-w-3xl space-y-6">
      <section aria-labelledby="upload-title" className="space-y-3">
        <h2 id="upload-title" className="text-2xl font-semibold">
          {tc("documentKinds.UPLOAD")}
        </h2>
        <p className="text-slate-700">{t("lead")}</p>
        {overview.scanOriginalsForReview && (
          <p className="rounded border-l-4 border-brand-700 bg-brand-50 p-3">{tc("documentKinds.scanOriginals")}</p>
        )}
        {overview.upload.length > 0 ? (
          <ul className="space-y-3 rounded border border-slate-300 bg-white p-4">
            {overview.upload.map((entry, index) => (
              <li key={`${entry.code}-${index}`}>
                <DocumentDescription entry={entry} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t(overview.scanOriginalsForReview ? "uploadScansOnly" : "noUploads")}</p>
        )}
      </section>
      <BringList entries={overview.bring} />
    </div>
  );
}

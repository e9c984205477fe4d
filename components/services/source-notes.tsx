import { getTranslations } from "next-intl/server";
import type { AnyServiceDefinition } from "@/lib/catalog";

/**
 * The guide's inconsistencies that concern this service and how the portal reads them
 * (docs/decisions/007-catalog-readings.md): shown, never silently fixed. Each has an anchor so
 * that a tariff row or document can point at it.
 */
export async function SourceNotes({ service }: { service: AnyServiceDefinition }) {
  const [t, tc] = await Promise.all([getTranslations("services.page.notes"), getTranslations("catalog")]);
  if (service.notes.length === 0) return null;
  return (
    <section id="notes" aria-labelledby="notes-title" className="max-w-3xl space-y-3">
      <h2 id="notes-title" className="text-2xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-slate-700">{t("lead")}</p>
      <ul className="space-y-3">
        {service.notes.map((note) => (
          <li key={note.id} id={`note-${note.id}`} className="scroll-mt-4 rounded border-l-4 border-slate-500 bg-white p-3">
            <strong>{t("label")}</strong> {tc(note.messageKey)}{" "}
            <span className="text-sm text-slate-600">({t("reference", { id: note.id })})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

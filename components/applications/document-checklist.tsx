import { getTranslations } from "next-intl/server";
import type { ChecklistEntry } from "@/lib/rules/checklist";

/** A document's name with why it applies and what it must satisfy (from the catalog). */
export async function DocumentDescription({ entry }: { entry: ChecklistEntry }) {
  const tc = await getTranslations("catalog");
  const t = await getTranslations("applications.documents");
  return (
    <div className="space-y-1">
      <h3 className="font-semibold">
        {tc(entry.nameKey)} {!entry.required && <span className="text-sm font-normal text-slate-600">({t("optional")})</span>}
      </h3>
      {entry.reasonKeys.length > 0 && <p className="text-sm text-slate-700">{entry.reasonKeys.map((key) => tc(key)).join(" ")}</p>}
      {entry.handInOriginal && (
        <p className="text-sm font-medium text-brand-800" data-testid="hand-in-original">
          {tc("documentKinds.handInOriginal")}
        </p>
      )}
      {entry.requirements.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-slate-700">
          {entry.requirements.map((r) => (
            <li key={r.code}>{tc(r.messageKey)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The originals to hand in at the appointment. */
export async function BringList({ entries }: { entries: ChecklistEntry[] }) {
  const t = await getTranslations("applications.documents");
  if (!entries.length) return null;
  return (
    <section aria-labelledby="bring-title" className="space-y-3 rounded border border-slate-300 bg-white p-4">
      <h2 id="bring-title" className="text-xl font-semibold">
        {t("bringTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("bringLead")}</p>
      <ul className="space-y-3">
        {entries.map((entry) => (
          <li key={entry.code}>
            <DocumentDescription entry={entry} />
          </li>
        ))}
      </ul>
    </section>
  );
}

"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { Checklist, ChecklistEntry } from "@/lib/rules/checklist";
import { checklistEntryKey } from "@/lib/services/checklist-variants";

type Props = { checklist: Checklist; descriptions: Record<string, ReactNode> };

function EntryList({
  entries,
  descriptions,
  labelledBy,
}: {
  entries: ChecklistEntry[];
  descriptions: Record<string, ReactNode>;
  labelledBy: string;
}) {
  const tc = useTranslations("catalog");
  return (
    <ul aria-labelledby={labelledBy} className="space-y-3">
      {entries.map((entry) => (
        // The fallback (the bare name) only shows if a variant was not pre-rendered.
        <li key={entry.code}>{descriptions[checklistEntryKey(entry)] ?? <h3 className="font-semibold">{tc(entry.nameKey)}</h3>}</li>
      ))}
    </ul>
  );
}

/**
 * The documents for the answers chosen in the calculator, updated as they change. An h2 of its
 * own: the document descriptions it shows are h3 headings (document-checklist.tsx).
 */
export function CalculatorChecklist({ checklist, descriptions }: Props) {
  const t = useTranslations("services.calculator.checklist");
  const tc = useTranslations("catalog");
  return (
    <section aria-labelledby="calculator-checklist" className="space-y-4">
      <h2 id="calculator-checklist" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p aria-live="polite" className="text-slate-700">
        {t("count", { upload: checklist.upload.length, bring: checklist.bring.length })}
      </p>
      {checklist.scanOriginalsForReview && (
        <p className="rounded border-l-4 border-brand-700 bg-brand-50 p-3">{tc("documentKinds.scanOriginals")}</p>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        {checklist.upload.length > 0 && (
          <div className="space-y-2" data-testid="calculator-upload">
            <p id="calculator-upload-title" className="font-semibold text-brand-800">
              {tc("documentKinds.UPLOAD")}
            </p>
            <EntryList entries={checklist.upload} descriptions={descriptions} labelledBy="calculator-upload-title" />
          </div>
        )}
        {checklist.bring.length > 0 && (
          <div className="space-y-2" data-testid="calculator-bring">
            <p id="calculator-bring-title" className="font-semibold text-brand-800">
              {tc("documentKinds.BRING")}
            </p>
            <EntryList entries={checklist.bring} descriptions={descriptions} labelledBy="calculator-bring-title" />
          </div>
        )}
      </div>
    </section>
  );
}

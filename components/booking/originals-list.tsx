import { getTranslations } from "next-intl/server";
import type { OriginalToBring } from "@/lib/booking/originals-to-bring";

/** The originals to hand in, named from the service catalog; optional ones say so in words. */
export async function OriginalsList({ originals, emptyText }: { originals: OriginalToBring[]; emptyText: string }) {
  const t = await getTranslations("catalog");
  if (originals.length === 0) return <p>{emptyText}</p>;
  return (
    <ul className="list-disc space-y-1 pl-6">
      {originals.map((doc) => (
        <li key={doc.code}>
          {t(doc.nameKey)}
          {doc.optionalReasonKey && <span className="text-slate-700"> ({t(doc.optionalReasonKey)})</span>}
        </li>
      ))}
    </ul>
  );
}

import { useTranslations } from "next-intl";

const DOCUMENT_STYLE: Record<string, string> = {
  MISSING: "border-slate-400 bg-slate-100 text-slate-800",
  UPLOADED: "border-amber-600 bg-amber-50 text-amber-900",
  APPROVED: "border-green-700 bg-green-50 text-green-900",
  REJECTED: "border-red-700 bg-red-50 text-red-900",
};

// A symbol as well as a colour, so that the state never depends on colour alone.
const DOCUMENT_ICON: Record<string, string> = { MISSING: "○", UPLOADED: "…", APPROVED: "✓", REJECTED: "✗" };

/** A document's review state in words (with an icon), e.g. "✓ Approved". */
export function DocumentStatusTag({ status }: { status: string }) {
  const t = useTranslations("review.documentStatus");
  return (
    <span
      data-testid="document-status"
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-semibold ${DOCUMENT_STYLE[status] ?? ""}`}
    >
      <span aria-hidden="true">{DOCUMENT_ICON[status]}</span>
      {t(status)}
    </span>
  );
}

/** An application's status in words. */
export function ApplicationStatusTag({ status }: { status: string }) {
  const t = useTranslations("status");
  return (
    <span className="inline-block rounded border border-brand-700 bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-900">
      {t(status)}
    </span>
  );
}

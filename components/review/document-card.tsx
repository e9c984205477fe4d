import { useTranslations } from "next-intl";
import type { ReviewDocument } from "@/lib/review/data/review-application";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { rejectReasonKey } from "@/lib/review/reject-reasons";
import { DocumentDecisionForm } from "./document-decision-form";
import { FilePreview } from "./file-preview";
import { DocumentStatusTag } from "./status-tag";

type Props = { applicationId: string; document: ReviewDocument; canDecide: boolean; locale: Locale };

/** One checklist document: its current files with previews, the decision, and earlier versions. */
export function DocumentCard({ applicationId, document, canDecide, locale }: Props) {
  const t = useTranslations("review.document");
  const tAll = useTranslations();
  const tCatalog = useTranslations("catalog");
  const name = tCatalog.has(`documents.${document.code}`) ? tCatalog(`documents.${document.code}`) : document.code;
  const current = document.files.filter((f) => !f.supersededAt);
  const history = document.files.filter((f) => f.supersededAt);
  const reasonKey = rejectReasonKey(document.rejectReason);
  const headingId = `doc-${document.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded border border-slate-300 bg-white p-4">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {name}
        </h3>
        <DocumentStatusTag status={document.status} />
      </header>
      {document.reviewedAt && (
        <p className="text-sm text-slate-700">
          {t("reviewedBy", { name: document.reviewedBy?.name ?? "—", when: formatCentreDateTime(document.reviewedAt, locale) })}
          {document.status === "REJECTED" && reasonKey && <> · {tAll(reasonKey)}</>}
          {document.reviewerComment && <span className="mt-1 block italic">“{document.reviewerComment}”</span>}
        </p>
      )}
      {current.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 p-4 text-center text-slate-700">{t("noFile")}</p>
      ) : (
        <ul className="space-y-4">
          {current.map((file) => (
            <li key={file.id} className="space-y-2">
              <p className="text-sm">
                <span className="font-medium">{file.originalName}</span> ·{" "}
                {t("uploadedAt", { when: formatCentreDateTime(file.createdAt, locale), name: file.uploadedBy.name })}
                {file.vaultVersionId && (
                  <>
                    {" "}
                    <VaultBadge label={t("fromVault")} />
                  </>
                )}
              </p>
              <FilePreview file={file} />
            </li>
          ))}
        </ul>
      )}
      {history.length > 0 && (
        <details className="rounded border border-slate-200 p-3">
          <summary className="cursor-pointer font-semibold">{t("history", { count: history.length })}</summary>
          <ul className="mt-2 space-y-1 text-sm">
            {history.map((file) => (
              <li key={file.id}>
                <a
                  href={`/api/files/${encodeURIComponent(file.id)}?inline=1`}
                  target="_blank"
                  rel="noopener"
                  className="text-brand-700 underline"
                >
                  {file.originalName}
                </a>
                {" · "}
                {t("uploadedAt", { when: formatCentreDateTime(file.createdAt, locale), name: file.uploadedBy.name })}
                {" · "}
                {t("replacedAt", { when: formatCentreDateTime(file.supersededAt!, locale) })}
                {file.vaultVersionId && (
                  <>
                    {" "}
                    <VaultBadge label={t("fromVault")} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {canDecide && (
        <DocumentDecisionForm
          applicationId={applicationId}
          documentId={document.id}
          documentName={name}
          version={document.version}
          current={{ status: document.status, reason: document.rejectReason, comment: document.reviewerComment }}
          canApprove={current.length > 0}
        />
      )}
    </article>
  );
}

/** Marks a file taken from the company's document vault (a frozen version, docs/decisions/008): words, not colour alone. */
function VaultBadge({ label }: { label: string }) {
  return (
    <span
      data-testid="from-vault"
      className="inline-block rounded border border-brand-700 bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-900"
    >
      {label}
    </span>
  );
}

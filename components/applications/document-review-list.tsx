import { getTranslations } from "next-intl/server";
import { maxUploadBytes } from "@/lib/uploads/receive-upload";
import { UploadSlot } from "./upload-slot";

type FileRow = {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
  supersededAt: Date | null;
  vaultVersionId?: string | null;
};
type DocumentRow = {
  id: string;
  code: string;
  status: string;
  rejectReason: string | null;
  reviewerComment: string | null;
  files: FileRow[];
};

const STATUS_STYLE: Record<string, string> = {
  APPROVED: "border-green-700 bg-green-50",
  REJECTED: "border-red-700 bg-red-50",
  UPLOADED: "border-slate-400 bg-white",
  MISSING: "border-slate-300 bg-white",
};

/** Each uploaded document with its review result; rejected ones can be replaced while changes are requested. */
export async function DocumentReviewList({
  applicationId,
  documents,
  canReplace,
}: {
  applicationId: string;
  documents: DocumentRow[];
  canReplace: boolean;
}) {
  const [t, tc, tr] = await Promise.all([getTranslations("applications.detail"), getTranslations("catalog"), getTranslations("review")]);
  const reasonText = (code: string | null) => (code && tr.has(`reasons.${code}`) ? tr(`reasons.${code}`) : code);
  return (
    <ul className="space-y-3">
      {documents
        .filter((d) => d.code !== "RESULT")
        .map((doc) => {
          const current = doc.files.filter((f) => !f.supersededAt);
          const history = doc.files.filter((f) => f.supersededAt);
          const name = tc.has(`documents.${doc.code}`) ? tc(`documents.${doc.code}`) : doc.code;
          const replaceable = canReplace && doc.status !== "APPROVED";
          return (
            <li
              key={doc.id}
              id={`document-${doc.code}`}
              className={`space-y-2 rounded border-l-4 p-3 ${STATUS_STYLE[doc.status] ?? ""}`}
              data-testid={`document-${doc.code}`}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">{name}</h3>
                <span className="text-sm font-semibold">{t(`documentStatus.${doc.status}`)}</span>
              </div>
              {doc.status === "REJECTED" && (
                <p className="text-sm" data-testid="reject-reason">
                  <span className="font-semibold">{t("rejectedBecause")}</span> {reasonText(doc.rejectReason)}
                  {doc.reviewerComment && <> — {doc.reviewerComment}</>}
                </p>
              )}
              {doc.status === "APPROVED" && doc.reviewerComment && (
                <p className="text-sm" data-testid="approval-comment">
                  <span className="font-semibold">{t("reviewerComment")}</span> {doc.reviewerComment}
                </p>
              )}
              {replaceable ? (
                <UploadSlot
                  applicationId={applicationId}
                  code={doc.code}
                  label={name}
                  rejected={doc.status === "REJECTED"}
                  files={current.map((f) => ({
                    id: f.id,
                    originalName: f.originalName,
                    sizeBytes: f.sizeBytes,
                    mimeType: f.mimeType,
                    fromVault: Boolean(f.vaultVersionId),
                  }))}
                  canEdit
                  maxBytes={maxUploadBytes()}
                />
              ) : (
                <ul className="text-sm">
                  {current.map((f) => (
                    <li key={f.id}>
                      <a href={`/api/files/${f.id}`} className="text-brand-700 underline">
                        {f.originalName}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {history.length > 0 && (
                <details className="text-sm text-slate-700">
                  <summary>{t("history", { count: history.length })}</summary>
                  <ul className="mt-1 list-disc pl-5">
                    {history.map((f) => (
                      <li key={f.id}>
                        <a href={`/api/files/${f.id}`} className="underline">
                          {f.originalName}
                        </a>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
    </ul>
  );
}

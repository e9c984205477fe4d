import { useTranslations } from "next-intl";

type Props = { file: { id: string; originalName: string; mimeType: string } };

/**
 * The file as the applicant uploaded it, shown in the page through the authorizing download
 * route (/api/files/<id>?inline=1), never from storage directly. Lazy, so a long checklist does
 * not load every PDF at once; the links are there when a browser will not show the PDF inline.
 */
export function FilePreview({ file }: Props) {
  const t = useTranslations("review.document");
  const src = `/api/files/${encodeURIComponent(file.id)}?inline=1`;
  return (
    <div className="space-y-2">
      {file.mimeType.startsWith("image/") ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private, authorized file: not for the image optimiser
        <img
          src={src}
          alt={t("previewOf", { name: file.originalName })}
          loading="lazy"
          className="max-h-[32rem] w-auto max-w-full border border-slate-300 bg-white"
        />
      ) : (
        <iframe
          src={src}
          title={t("previewOf", { name: file.originalName })}
          loading="lazy"
          className="h-[32rem] w-full border border-slate-300 bg-white"
        />
      )}
      <p className="flex flex-wrap gap-4 text-sm">
        <a href={src} target="_blank" rel="noopener" className="font-semibold text-brand-700 underline">
          {t("openInNewTab")}
          <span className="sr-only"> {file.originalName}</span>
        </a>
        <a href={`/api/files/${encodeURIComponent(file.id)}`} className="font-semibold text-brand-700 underline">
          {t("download")}
          <span className="sr-only"> {file.originalName}</span>
        </a>
      </p>
    </div>
  );
}

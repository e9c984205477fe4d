"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { PdfPages } from "./pdf-pages";

export type ViewerFile = { id: string; originalName: string; mimeType: string; meta: string; fromVault: boolean };

type Props = { file: ViewerFile; zoom: number; rotation: number; onZoom: (zoom: number) => void; onRotate: () => void };

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/**
 * The selected file only (never every file of the application at once): a PDF drawn page by page
 * with pdf.js, an image as it is; both zoomable and rotatable. The file comes through the
 * authorizing download route (/api/files/<id>?inline=1), never from storage directly.
 */
export function FileViewer({ file, zoom, rotation, onZoom, onRotate }: Props) {
  const t = useTranslations("review.workspace");
  const [state, setState] = useState<{ status: "loading" | "ready" | "failed"; pages?: number }>({ status: "loading" });
  const src = `/api/files/${encodeURIComponent(file.id)}?inline=1`;
  const isImage = file.mimeType.startsWith("image/");
  const step = (direction: 1 | -1) => {
    const index = ZOOM_STEPS.findIndex((z) => z >= zoom - 0.001);
    onZoom(ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, (index === -1 ? ZOOM_STEPS.length - 1 : index) + direction))]);
  };
  const tool = "rounded border border-slate-400 bg-white px-2 py-1 text-sm font-semibold hover:bg-slate-100";
  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="file-viewer">
      <div
        role="toolbar"
        aria-label={t("toolbar", { name: file.originalName })}
        className="flex flex-wrap items-center gap-2 border-b border-slate-300 bg-slate-100 p-2"
      >
        <button type="button" className={tool} onClick={() => step(-1)} aria-label={t("zoomOut")} title={`${t("zoomOut")} (-)`}>
          −
        </button>
        <output className="w-14 text-center text-sm tabular-nums" aria-live="polite" aria-label={t("zoomLevel")}>
          {Math.round(zoom * 100)}%
        </output>
        <button type="button" className={tool} onClick={() => step(1)} aria-label={t("zoomIn")} title={`${t("zoomIn")} (+)`}>
          +
        </button>
        <button type="button" className={tool} onClick={() => onZoom(1)}>
          {t("actualSize")}
        </button>
        <button type="button" className={tool} onClick={onRotate} title={`${t("rotate")} (o)`}>
          ↻ {t("rotate")}
        </button>
        {state.pages !== undefined && <span className="text-sm text-slate-700">{t("pages", { count: state.pages })}</span>}
        <span className="ml-auto flex gap-3 text-sm">
          <a href={src} target="_blank" rel="noopener" className="font-semibold text-brand-700 underline">
            {t("openInNewTab")}
            <span className="sr-only"> {file.originalName}</span>
          </a>
          <a href={`/api/files/${encodeURIComponent(file.id)}`} className="font-semibold text-brand-700 underline">
            {t("download")}
            <span className="sr-only"> {file.originalName}</span>
          </a>
        </span>
      </div>
      <div
        role="region"
        className="min-h-0 flex-1 overflow-auto bg-slate-200 p-4"
        tabIndex={0}
        aria-label={t("viewerArea", { name: file.originalName })}
      >
        {isImage ? (
          // eslint-disable-next-line @next/next/no-img-element -- a private, authorized file: not for the image optimiser
          <img
            src={src}
            alt={t("scanOf", { name: file.originalName })}
            style={{ transform: `rotate(${rotation}deg)`, width: `${zoom * 100}%`, maxWidth: "none" }}
            className="mx-auto origin-center border border-slate-300 bg-white shadow transition-transform"
          />
        ) : (
          <>
            {state.status === "loading" && (
              <p role="status" className="p-4 text-center text-slate-700">
                {t("loading")}
              </p>
            )}
            {state.status === "failed" && (
              <p role="alert" className="p-4 text-center">
                {t("cannotShow")}{" "}
                <a href={src} target="_blank" rel="noopener" className="font-semibold text-brand-700 underline">
                  {t("openInNewTab")}
                </a>
              </p>
            )}
            <PdfPages
              url={src}
              zoom={zoom}
              rotation={rotation}
              label={(page, total) => t("pageOf", { page, total, name: file.originalName })}
              onState={(status, pages) => setState({ status, pages })}
            />
          </>
        )}
      </div>
    </div>
  );
}

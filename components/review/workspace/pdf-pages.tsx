"use client";

import { useEffect, useRef, useState } from "react";
import type { PDFDocumentProxy } from "pdfjs-dist";

type Props = {
  url: string;
  zoom: number;
  rotation: number;
  label: (page: number, total: number) => string;
  onState: (state: "loading" | "ready" | "failed", pages?: number) => void;
};

// pdf.js is loaded only when a PDF is first shown (it is large), with its worker served from our
// own origin (/api/pdf-worker; the CSP allows worker-src 'self'). Only the selected file is
// fetched; each page is drawn on a canvas at the reviewer's zoom and rotation.
let pdfjsPromise: Promise<typeof import("pdfjs-dist")> | null = null;
function loadPdfJs() {
  pdfjsPromise ??= import("pdfjs-dist").then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = "/api/pdf-worker";
    return pdfjs;
  });
  return pdfjsPromise;
}

export function PdfPages({ url, zoom, rotation, label, onState }: Props) {
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const onStateRef = useRef(onState);
  useEffect(() => {
    onStateRef.current = onState;
  });
  useEffect(() => {
    let cancelled = false;
    let destroy: (() => Promise<void>) | null = null;
    // The viewer is keyed by file, so a new URL is a new component: no previous document to clear.
    loadPdfJs()
      .then((pdfjs) => {
        const task = pdfjs.getDocument({ url, withCredentials: true });
        destroy = () => task.destroy();
        return task.promise;
      })
      .then((pdf) => {
        if (cancelled) return;
        setDoc(pdf);
        onStateRef.current("ready", pdf.numPages);
      })
      .catch(() => !cancelled && onStateRef.current("failed"));
    return () => {
      cancelled = true;
      void destroy?.();
    };
  }, [url]);
  // 100% is "fit the width of the viewer": what a reviewer wants first; zoom multiplies it.
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [doc]);
  if (!doc) return null;
  return (
    <div ref={box} className="flex w-full flex-col gap-4">
      {width > 0 &&
        Array.from({ length: doc.numPages }, (_, i) => (
          <PdfPage
            key={i}
            doc={doc}
            pageNumber={i + 1}
            zoom={zoom}
            fitWidth={width}
            rotation={rotation}
            label={label(i + 1, doc.numPages)}
          />
        ))}
    </div>
  );
}

function PdfPage({
  doc,
  pageNumber,
  zoom,
  fitWidth,
  rotation,
  label,
}: {
  doc: PDFDocumentProxy;
  pageNumber: number;
  zoom: number;
  fitWidth: number;
  rotation: number;
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let task: { cancel: () => void; promise: Promise<void> } | null = null;
    let cancelled = false;
    // Moving to another document destroys this one while a page may still be loading; pdf.js then
    // rejects with "Transport destroyed", which is expected and must not reach the console.
    void doc
      .getPage(pageNumber)
      .then((page) => {
        if (cancelled || !canvas.current) return;
        const turn = (page.rotate + rotation) % 360;
        const natural = page.getViewport({ scale: 1, rotation: turn });
        const viewport = page.getViewport({ scale: zoom * (fitWidth / natural.width), rotation: turn });
        const ratio = window.devicePixelRatio || 1;
        const element = canvas.current;
        element.width = Math.floor(viewport.width * ratio);
        element.height = Math.floor(viewport.height * ratio);
        element.style.width = `${Math.floor(viewport.width)}px`;
        element.style.height = `${Math.floor(viewport.height)}px`;
        task = page.render({ canvas: element, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
        task.promise.catch(() => undefined);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, pageNumber, zoom, fitWidth, rotation]);
  return (
    <canvas
      ref={canvas}
      role="img"
      aria-label={label}
      className="mx-auto max-w-none border border-slate-300 bg-white shadow"
      data-testid="pdf-page"
    />
  );
}

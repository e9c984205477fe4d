import { createCanvas, type Canvas } from "@napi-rs/canvas";

// The first page of a PDF scan as an image, rendered offline with PDF.js (Mozilla's maintained
// renderer) onto a Skia canvas from @napi-rs/canvas. Scans are images inside a PDF: rendering at
// ~300 dpi over an A4 width keeps the MRZ characters large enough to read.

const TARGET_WIDTH = 2480;

export async function renderPdfFirstPage(data: Uint8Array): Promise<Canvas> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const page = await document.getPage(1);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: Math.min(4, TARGET_WIDTH / base.width) });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext("2d");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: context as unknown as CanvasRenderingContext2D,
      viewport,
    }).promise;
    return canvas;
  } finally {
    await document.destroy();
  }
}

import type { Canvas } from "@napi-rs/canvas";
import { findTd3Lines } from "./mrz-text";
import { readMrzLines, type MrzResult } from "./mrz-result";
import { recognise, type OcrLine } from "./ocr-engine";
import { renderPdfFirstPage } from "./pdf-page";
import { bandPng, canvasFromImage, estimateSkew, resize, straighten } from "./scan-image";

// Reads the MRZ of one passport scan (JPEG, PNG or the first page of a PDF). Not finding one is
// an answer, not an error: the caller records "not readable" and staff compare by eye.

export type PassportReading =
  | { status: "READ"; mrz: MrzResult; confidence: number; durationMs: number }
  | { status: "NOT_READABLE"; durationMs: number; reason: "NO_MRZ" | "UNSUPPORTED" | "UNPARSEABLE" };

// Where to look, in order: a passport data page has its MRZ in the bottom third; a photo or a
// scan of a whole page may have it anywhere, so the whole image is the fallback. An image shaped
// like a data page (ICAO TD3: 125 × 88 mm) gets no fallback: its MRZ can only be at the bottom.
const BOTTOM: [number, number] = [0.62, 1];
const WHOLE: [number, number] = [0, 1];

function bandsFor(page: Canvas): [number, number][] {
  const ratio = page.width / page.height;
  return ratio > 1.3 && ratio < 1.55 ? [BOTTOM] : [BOTTOM, WHOLE];
}

async function toCanvas(data: Buffer, mimeType: string): Promise<Canvas | null> {
  if (mimeType === "application/pdf") return resize(await renderPdfFirstPage(data), 1600);
  if (mimeType === "image/jpeg" || mimeType === "image/png") return canvasFromImage(data);
  return null;
}

function meanConfidence(lines: OcrLine[], mrzLines: [string, string]): number {
  const clean = (text: string) => text.replace(/\s+/g, "");
  const matched = lines.filter((line) =>
    mrzLines.some((mrz) => clean(line.text).length >= 30 && mrz.startsWith(clean(line.text).slice(0, 10))),
  );
  const pool = matched.length ? matched : lines;
  return Math.round(pool.reduce((sum, line) => sum + line.confidence, 0) / Math.max(1, pool.length));
}

export async function readPassportScan(data: Buffer, mimeType: string, now: Date = new Date()): Promise<PassportReading> {
  const started = Date.now();
  const done = <T extends object>(value: T) => ({ ...value, durationMs: Date.now() - started });
  const page = await toCanvas(data, mimeType).catch(() => null);
  if (!page) return done({ status: "NOT_READABLE", reason: "UNSUPPORTED" } as const);
  const straight = straighten(page, estimateSkew(page));
  let sawLines = false;
  for (const [from, to] of bandsFor(straight)) {
    const lines = await recognise(bandPng(straight, from, to));
    const mrzLines = findTd3Lines(lines.map((line) => line.text).join("\n"));
    if (!mrzLines) continue;
    sawLines = true;
    const mrz = readMrzLines(mrzLines, now.getUTCFullYear());
    if (mrz) return done({ status: "READ", mrz, confidence: meanConfidence(lines, mrzLines) } as const);
  }
  return done({ status: "NOT_READABLE", reason: sawLines ? "UNPARSEABLE" : "NO_MRZ" } as const);
}

import { createRequire } from "node:module";
import path from "node:path";
import { createWorker, OEM, PSM, type Worker } from "tesseract.js";

// One Tesseract worker per process, started on the first scan and stopped after a quiet spell
// (it holds ~100 MB). The language data comes from the @tesseract.js-data/eng npm package: nothing
// is downloaded at run time. The legacy engine (OEM 0) reads the MRZ filler "<" reliably, where
// the LSTM model of the same package reads runs of it as "K" and "L" (measured, see docs/decisions/015).

const IDLE_MS = 5 * 60_000;

let worker: Promise<Worker> | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let queue: Promise<unknown> = Promise.resolve();

function langPath(): string {
  // Resolved from this module, or from the bundle that holds it (.next/entries/worker.mjs, whose
  // node_modules beside it has the data in the image; scripts/build-entries.ts).
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("@tesseract.js-data/eng/package.json")), "4.0.0");
}

async function start(): Promise<Worker> {
  const created = await createWorker("eng", OEM.TESSERACT_ONLY, { langPath: langPath(), gzip: true, cacheMethod: "none" });
  await created.setParameters({
    tessedit_pageseg_mode: PSM.SINGLE_BLOCK,
    tessedit_char_whitelist: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<",
  });
  return created;
}

export type OcrLine = { text: string; confidence: number };

/** Recognises one prepared image (PNG). Calls are serialised: one worker reads one page at a time. */
export function recognise(png: Buffer): Promise<OcrLine[]> {
  const run = async () => {
    if (idleTimer) clearTimeout(idleTimer);
    worker ??= start().catch((error) => {
      worker = null;
      throw error;
    });
    const w = await worker;
    try {
      const { data } = await w.recognize(png, {}, { text: true, blocks: true });
      const lines = (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((p) => p.lines));
      return lines.length
        ? lines.map((line) => ({ text: line.text, confidence: line.confidence }))
        : data.text.split("\n").map((text) => ({ text, confidence: data.confidence }));
    } finally {
      idleTimer = setTimeout(() => void stopOcr(), IDLE_MS);
      idleTimer.unref?.();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

export async function stopOcr(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const current = worker;
  worker = null;
  if (current) await (await current.catch(() => null))?.terminate();
}

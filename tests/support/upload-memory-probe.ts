// Run by the storage contract test in a fresh process (node --expose-gc --import tsx): one
// upload of SIZE_BYTES through receiveUpload into the configured driver (STORAGE_DRIVER, S3_*),
// sampling this process's resident memory. A fresh process, because a test process that already
// ran other uploads reuses freed pages and would understate the growth. Prints one JSON line.
import { randomBytes } from "node:crypto";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { receiveUpload } from "../../lib/uploads/receive-upload";

const MB = 1024 * 1024;
const size = Number(process.env.SIZE_BYTES ?? 10 * MB);

function pdfBody(total: number): WebReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const bytes = randomBytes(Math.min(64 * 1024, total - sent));
      if (sent === 0) Buffer.from("%PDF-1.7\n").copy(bytes);
      sent += bytes.length;
      controller.enqueue(bytes);
    },
  }) as unknown as WebReadableStream<Uint8Array>;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
await receiveUpload(pdfBody(64 * 1024), "warm-up.pdf"); // the driver's code and connections, once
gc();
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
const started = Date.now();
const stored = await receiveUpload(pdfBody(size), "measured.pdf");
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
process.stdout.write(
  `${JSON.stringify({ sizeBytes: stored.sizeBytes, rssGrowthBytes: peak - baseline, durationMs: Date.now() - started })}\n`,
);
process.exit(0);

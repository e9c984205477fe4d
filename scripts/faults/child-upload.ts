// A separate process streaming an upload slowly into storage, for the fault suite to SIGKILL
// mid-stream (leaving a `.partial`) or after the bytes are stored but before they are recorded.
// Env: UPLOADS_DIR, DATABASE_URL, MODE = "mid-stream" | "before-record".
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { receiveUpload } from "@/lib/uploads/receive-upload";

async function* slowPdf(chunks: number, delayMs: number) {
  yield Buffer.from("%PDF-1.7\n");
  for (let i = 0; i < chunks; i++) {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    yield Buffer.alloc(16 * 1024, 32);
  }
  yield Buffer.from("\n%%EOF");
}

async function main() {
  const midStream = process.env.MODE === "mid-stream";
  const body = Readable.toWeb(Readable.from(slowPdf(midStream ? 600 : 2, midStream ? 100 : 0))) as unknown as WebReadableStream<Uint8Array>;
  const stored = await receiveUpload(body, "passport.pdf");
  // "Stored, not yet recorded": report the key and wait to be killed.
  console.log(`stored ${stored.storageKey}`);
  setInterval(() => undefined, 60_000);
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// The passport-reading worker as its own process (run web servers with PASSPORT_WORKER=0 and any
// number of these). Uses DATABASE_URL, or the embedded development database when unset.
import os from "node:os";
import { generatePrismaClient } from "./lib/prisma-generate";

async function main() {
  // Reading scans is background work: lowest CPU priority, so that pages and e-mails come first.
  // Set before the OCR engine starts its threads, which inherit it.
  try {
    os.setPriority(19);
  } catch {
    // Not permitted on some systems: reading still works, at normal priority.
  }
  // Spawned by the web server (lib/passport/jobs/spawn-worker.ts), the client is already generated.
  if (!process.env.PASSPORT_WORKER_CHILD) await generatePrismaClient();
  const { startPassportWorker } = await import("../lib/passport/jobs/worker");
  const { prisma } = await import("../lib/db/client");
  const worker = startPassportWorker();
  const keepAlive = setInterval(() => undefined, 60_000);
  let isStopping = false;
  const stop = async () => {
    if (isStopping) return;
    isStopping = true;
    clearInterval(keepAlive);
    await worker.stop();
    await prisma.$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  // A child of the web server ends with it, even if the server died without signalling.
  process.on("disconnect", () => void stop());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

// The notification worker as its own process (scale-out: run web servers with NOTIFY_WORKER=0 and
// any number of these). Uses DATABASE_URL, or the embedded development database when unset.
import { generatePrismaClient } from "./lib/prisma-generate";

async function main() {
  // The Prisma client is generated code (not committed): make it before anything imports it.
  await generatePrismaClient();
  const { startNotificationWorker } = await import("../lib/notify/start-worker");
  const { prisma } = await import("../lib/db/client");
  const worker = startNotificationWorker();
  // The worker's timers are unref'd (they must not hold a web server open); this one holds ours.
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
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

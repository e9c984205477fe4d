// Next calls register() once when a server process starts (node_modules/next/dist/docs/01-app/
// 02-guides/instrumentation.md). It checks the environment (a production server refuses to start,
// listing every problem), and starts the notification worker inside the web process so that
// `npm run dev` / `npm start` deliver e-mails with nothing else to start; NOTIFY_WORKER=0 turns it
// off where scripts/notify-worker.ts runs it as its own process instead.
export async function register() {
  // Before any request parses with zod: no eval probe (lib/zod-jitless.ts).
  await import("./lib/zod-jitless");
  // The worker needs Node (SMTP, files, the database pool); the edge runtime and the build skip it.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { checkEnvironment } = await import("./lib/env");
  try {
    checkEnvironment();
  } catch (error) {
    // Fail at start, with every problem listed, rather than on the first request.
    process.stderr.write(`\nThe server cannot start. ${(error as Error).message}\n\nSee README, "Running in production".\n`);
    process.exit(1);
  }
  const { onShutdown } = await import("./lib/lifecycle/shutdown");
  const { prisma } = await import("./lib/db/client");
  // Last, after the requests in flight and the worker have finished (server.mjs).
  onShutdown("close", "database pool", () => prisma.$disconnect());
  if (process.env.UPLOAD_SWEEP !== "0") {
    // Incomplete and unreferenced uploads, at start and every few hours (lib/uploads/sweep-storage.ts).
    const [{ startStorageSweep }, { storage }] = await Promise.all([import("./lib/uploads/sweep-storage"), import("./lib/storage")]);
    const sweep = startStorageSweep(storage());
    onShutdown("stop-work", "storage sweep", () => sweep.stop());
  }
  // Passport scans are read in the background (issue 18) by a child process of the server, so
  // that OCR never holds up a page; PASSPORT_WORKER=0 leaves it to `npm run passport:worker`.
  if (process.env.PASSPORT_WORKER !== "0") {
    const { spawnPassportWorker } = await import("./lib/passport/jobs/spawn-worker");
    spawnPassportWorker();
  }
  if (process.env.NOTIFY_WORKER === "0") return;
  const { registerNotificationWorker } = await import("./lib/notify/register");
  registerNotificationWorker();
}

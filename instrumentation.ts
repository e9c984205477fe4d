// Next calls register() once when a server process starts (node_modules/next/dist/docs/01-app/
// 02-guides/instrumentation.md). It checks the environment (a production server refuses to start,
// listing every problem), and starts the background jobs inside the web process so that
// `npm run dev` / `npm start` deliver e-mails with nothing else to start; WORKER=0 turns them off
// where scripts/worker.ts runs them as their own process instead (several web instances).
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
  // server.mjs's page cache asks the database whether cached public pages are still current,
  // through this process's own pool (server.mjs has no database client of its own).
  const { readReferenceDataVersion } = await import("./lib/admin/data/reference-data-version");
  (globalThis as Record<symbol, unknown>)[Symbol.for("expat.referenceDataVersion")] = readReferenceDataVersion;
  // WORKER=0 where a separate worker (npm run worker) runs the background jobs: this server only serves.
  // Otherwise it runs them itself, the passport reader (issue 18) as a child process of its own.
  const { backgroundWorkForWebServer } = await import("./lib/jobs/start-background-work");
  const wanted = backgroundWorkForWebServer();
  if (!wanted.notifications && !wanted.storageSweep && !wanted.passportReader) return;
  const { registerBackgroundWork } = await import("./lib/jobs/register");
  registerBackgroundWork(wanted);
}

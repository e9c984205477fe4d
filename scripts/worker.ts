// The worker: background jobs as their own process (issue 13). `npm run worker` in development
// (uses DATABASE_URL, or the embedded development database), `node .next/entries/worker.mjs` from
// a production build (bundled by scripts/build-entries.ts). Runs the outbox sender, the hourly
// reminder / deadline / release jobs, the storage sweep and the passport reader
// (lib/jobs/start-background-work.ts); the web servers then run with WORKER=0. Any number of
// workers may run at once. With WORKER_HEALTH_PORT it answers GET /api/health/live there (the
// image's health check).
//
// `--passport-reader`: only the passport (MRZ) reader, at the lowest CPU priority. The worker (or a
// web server that runs the jobs itself) starts this as its child process, so that OCR never holds
// up an e-mail or a page (lib/passport/jobs/spawn-reader.ts); `npm run passport:worker` runs it alone.
import http from "node:http";
import os from "node:os";
import { checkEnvironment } from "../lib/env";

async function passportReader() {
  // Set before the OCR engine starts its threads, which inherit it.
  try {
    os.setPriority(19);
  } catch {
    // Not permitted on some systems: reading still works, at normal priority.
  }
  const { startPassportWorker } = await import("../lib/passport/jobs/worker");
  const { prisma } = await import("../lib/db/client");
  const reader = startPassportWorker();
  const keepAlive = setInterval(() => undefined, 60_000);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(keepAlive);
    await reader.stop();
    await prisma.$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  // A child ends with its parent, even if the parent died without signalling.
  process.on("disconnect", () => void stop());
}

async function main() {
  try {
    checkEnvironment();
  } catch (error) {
    process.stderr.write(`\nThe worker cannot start. ${(error as Error).message}\n\nSee README, "Running in production".\n`);
    process.exit(1);
  }
  if (process.argv.includes("--passport-reader")) return passportReader();
  const { startBackgroundWork } = await import("../lib/jobs/start-background-work");
  const { prisma } = await import("../lib/db/client");
  const { logFor } = await import("../lib/log/logger");
  const log = logFor("worker");
  // The passport reader is this same entry started again with --passport-reader (bundled or tsx alike).
  const work = startBackgroundWork({
    passportReader:
      process.env.PASSPORT_WORKER !== "0"
        ? { command: process.execPath, args: [...process.execArgv, process.argv[1], "--passport-reader"] }
        : false,
  });
  log.info({ pid: process.pid }, "worker started");
  // The jobs' timers are unref'd (they must not hold a web server open); this one holds ours.
  const keepAlive = setInterval(() => undefined, 60_000);
  let stopping = false;
  const healthPort = Number(process.env.WORKER_HEALTH_PORT);
  const health = healthPort
    ? http
        .createServer((req, res) => {
          const live = req.url === "/api/health/live" && !stopping;
          res.writeHead(live ? 200 : req.url === "/api/health/live" ? 503 : 404, { "Content-Type": "application/json" });
          res.end(JSON.stringify({ status: live ? "ok" : "unavailable", role: "worker" }));
        })
        .listen(healthPort)
    : undefined;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping after the current message");
    clearInterval(keepAlive);
    health?.close();
    await work.stop();
    await prisma.$disconnect();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

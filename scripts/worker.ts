// The worker: background jobs as their own process (issue 13). `npm run worker` in development
// (uses DATABASE_URL, or the embedded development database), `node .next/entries/worker.mjs` from
// a production build (bundled by scripts/build-entries.ts). Runs the outbox sender, the hourly
// reminder / deadline / release jobs and the storage sweep (lib/jobs/start-background-work.ts);
// the web servers then run with WORKER=0. Any number of workers may run at once. With
// WORKER_HEALTH_PORT it answers GET /api/health/live there (the image's health check).
import http from "node:http";
import { checkEnvironment } from "../lib/env";

async function main() {
  try {
    checkEnvironment();
  } catch (error) {
    process.stderr.write(`\nThe worker cannot start. ${(error as Error).message}\n\nSee README, "Running in production".\n`);
    process.exit(1);
  }
  const { startBackgroundWork } = await import("../lib/jobs/start-background-work");
  const { prisma } = await import("../lib/db/client");
  const { logFor } = await import("../lib/log/logger");
  const log = logFor("worker");
  const work = startBackgroundWork();
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

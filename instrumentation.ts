// Next calls register() once when a server process starts (node_modules/next/dist/docs/01-app/
// 02-guides/instrumentation.md). The notification worker runs inside the web process so that
// `npm run dev` / `npm start` deliver e-mails with nothing else to start; NOTIFY_WORKER=0 turns it
// off where scripts/notify-worker.ts runs it as its own process instead.
export async function register() {
  // The worker needs Node (SMTP, files, the database pool); the edge runtime and the build skip it.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    // Fail at start, with every problem listed, rather than on the first request.
    const { checkEnvironment } = await import("./lib/env");
    checkEnvironment();
  }
  if (process.env.NOTIFY_WORKER === "0" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { registerNotificationWorker } = await import("./lib/notify/register");
  registerNotificationWorker();
}

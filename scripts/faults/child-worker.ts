// A separate process running the outbox worker, for the fault suite to SIGKILL mid-send.
// Env: DATABASE_URL, SMTP_PORT, LEASE_MS.
import { createMailer } from "@/lib/notify/mailer";
import { startOutboxWorker } from "@/lib/notify/worker";

const mailer = createMailer({
  smtpUrl: `smtp://127.0.0.1:${process.env.SMTP_PORT}`,
  from: '"AIFC Expat Centre" <no-reply@aifc.kz>',
  mailDir: "/nonexistent",
});
startOutboxWorker({ mailer, leaseMs: Number(process.env.LEASE_MS ?? 3_000), pollMs: 50 });
setInterval(() => undefined, 60_000);
console.log("worker ready");

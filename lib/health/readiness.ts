import { isDatabaseAnswering } from "@/lib/health/data/health";
import { isDraining } from "@/lib/lifecycle/shutdown";
import { readMailConfig } from "@/lib/notify/config";
import { createMailer } from "@/lib/notify/mailer";
import { storage } from "@/lib/storage";

// What /api/health/ready reports. Each check is bounded so that the probe answers within seconds;
// the mail transport (an SMTP handshake) is checked at most every 30 s per process.
const CHECK_TIMEOUT_MS = 3000;
const MAIL_CHECK_TTL_MS = 30_000;

type Check = "ok" | "unavailable";
export type Readiness = { status: "ok" | "unavailable" | "draining"; db: Check; storage: Check; mail: Check };

function within<T>(promise: Promise<T>, ms = CHECK_TIMEOUT_MS): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error("timed out")), ms).unref())]);
}

const asCheck = (promise: Promise<unknown>): Promise<Check> =>
  within(promise).then(
    () => "ok" as const,
    () => "unavailable" as const,
  );

let mailCache: { at: number; result: Check } | undefined;

async function checkMail(): Promise<Check> {
  if (mailCache && Date.now() - mailCache.at < MAIL_CHECK_TTL_MS) return mailCache.result;
  const mailer = createMailer(readMailConfig());
  const result = await asCheck(mailer.verify()).finally(() => mailer.close());
  mailCache = { at: Date.now(), result };
  return result;
}

export async function checkReadiness(): Promise<Readiness> {
  const [db, files, mail] = await Promise.all([
    isDatabaseAnswering(CHECK_TIMEOUT_MS).then((ok): Check => (ok ? "ok" : "unavailable")),
    asCheck(storage().check()),
    checkMail(),
  ]);
  const healthy = db === "ok" && files === "ok" && mail === "ok";
  return { status: isDraining() ? "draining" : healthy ? "ok" : "unavailable", db, storage: files, mail };
}

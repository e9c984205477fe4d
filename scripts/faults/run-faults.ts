// npm run test:faults: the fault suite (issue 20). Injects the faults that lost or duplicated data
// before, on real PostgreSQL and real SMTP servers of its own, and prints what was lost,
// duplicated, orphaned or hung. Exits non-zero unless: 0 lost, 0 orphaned, 0 hung, and
// duplicates only where docs/decisions/005 allows them (a crash between SMTP acceptance and the
// row's update). Takes about two minutes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateCode } from "../lib/generate-code";
import { printTable, startFaultDatabase, type FaultRow } from "./harness";

async function main() {
  await generateCode();
  // Shorter limits than production's 15 s so the suite is quick; the mechanism is the same.
  process.env.DB_STATEMENT_TIMEOUT_MS ??= "3000";
  process.env.DB_CONNECT_TIMEOUT_MS ??= "2000";
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "expat-faults-uploads-"));
  process.env.UPLOADS_DIR = uploads;
  const db = await startFaultDatabase();
  process.env.DATABASE_URL = db.appUrl;
  const rows: FaultRow[] = [];
  const started = Date.now();
  // Log lines of the code under test (one per failed attempt) would drown the table.
  const quiet = process.env.FAULTS_VERBOSE !== "1";
  if (quiet) process.env.LOG_LEVEL ??= "silent";
  const saved = { info: console.info, warn: console.warn, error: console.error };
  if (quiet) console.info = console.warn = console.error = () => undefined;
  try {
    const mail = await import("./mail-scenarios");
    const { databaseScenarios } = await import("./db-scenarios");
    const { uploadScenarios } = await import("./upload-scenarios");
    // FAULTS_ONLY=mail (or db, uploads) runs one group, for working on it.
    const only = process.env.FAULTS_ONLY;
    const step = async (group: string, produce: () => Promise<FaultRow | FaultRow[]>) => {
      if (only && !group.includes(only)) return;
      const produced = await produce();
      rows.push(...(Array.isArray(produced) ? produced : [produced]));
      saved.info(`… ${rows.length} scenarios done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    };
    await step("db", () => databaseScenarios(db));
    await step("mail", mail.smtpOutage);
    await step("mail", mail.smtpRecipientRefused);
    await step("mail", mail.twoWorkersSlowSmtp);
    await step("mail", () => mail.killMidSend(db.appUrl));
    await step("uploads", () => uploadScenarios(uploads, db.appUrl));
  } finally {
    Object.assign(console, saved);
    const { prisma } = await import("@/lib/db/client");
    await prisma.$disconnect().catch(() => undefined);
    await db.dispose();
    fs.rmSync(uploads, { recursive: true, force: true });
  }
  console.log("");
  printTable(rows);
  const failed = rows.filter((r) => !r.ok);
  console.log(
    `\n${rows.length} scenarios in ${((Date.now() - started) / 1000).toFixed(0)} s: ${failed.length ? `${failed.length} FAILED` : "all within target (0 lost, 0 orphaned, 0 hung, duplicates only in the documented window)"}`,
  );
  process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// npm run uploads:sweep [-- --dry-run]: the storage sweep once, now (the server also runs it at
// start and every UPLOAD_SWEEP_INTERVAL_MINUTES). Removes incomplete uploads and files no database
// row points at, older than UPLOAD_SWEEP_GRACE_MINUTES (default 60); --dry-run only reports.
import { generateCode } from "./lib/generate-code";

async function main() {
  await generateCode();
  const { sweepStorage, sweepSettings } = await import("../lib/uploads/sweep-storage");
  const { storage } = await import("../lib/storage");
  const { prisma } = await import("../lib/db/client");
  const dryRun = process.argv.includes("--dry-run");
  const result = await sweepStorage({ driver: storage(), graceMs: sweepSettings().graceMs, dryRun });
  console.log(JSON.stringify({ dryRun, ...result }));
  await prisma.$disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

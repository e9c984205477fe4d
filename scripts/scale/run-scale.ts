// npm run test:scale: the scale-out topology on one machine (docs/decisions, README "Scale-out").
// nginx round-robin over two production web instances, both through PgBouncer (transaction mode)
// to one PostgreSQL, files in an S3-protocol server, one separate worker sending e-mail to an SMTP
// relay. Through nginx: the user journey, a passport scan read by the worker, a booking rush, an MRP change reaching both instances' page caches, then SIGTERM to one web instance under
// traffic. Prints a table of what it did and the figures; exits 1 if any check failed. Needs the
// production build (npm run build) and Debian's nginx and pgbouncer (.ci/run installs them).
import { spawnSync } from "node:child_process";
import { createPrismaClient } from "../../lib/db/client";
import { runBookingRush } from "./booking-rush";
import { runPassportRead } from "./passport-read";
import { runReferenceDataChange } from "./reference-data-change";
import { signIn } from "./http-session";
import { JOURNEY_PASSWORD, launchBrowser, runJourney } from "./journey";
import { stopEverything } from "./lib/processes";
import { runSigtermDrill } from "./sigterm-drill";
import { checkPrerequisites, startTopology } from "./topology";

type Row = { step: string; result: string; ok: boolean };
const rows: Row[] = [];
const check = (step: string, ok: boolean, result: string) => rows.push({ step, ok, result });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** nginx lists every instance it tried ("A, B" after A refused): the last one answered. */
const answered = (upstream: string) => upstream.split(",").pop()!.trim();

function printTable(totalMs: number) {
  const width = Math.max(...rows.map((r) => r.step.length));
  console.log(`\nScale-out test (nginx → 2 web → PgBouncer → PostgreSQL; S3 server; 1 worker) — ${(totalMs / 1000).toFixed(1)} s\n`);
  for (const row of rows) console.log(`  ${row.ok ? "✔" : "✖"} ${row.step.padEnd(width)}  ${row.result}`);
  const failed = rows.filter((r) => !r.ok).length;
  console.log(`\n${rows.length - failed} passed, ${failed} failed`);
}

async function main(): Promise<number> {
  const missing = checkPrerequisites();
  if (missing.length) {
    console.error(`test:scale needs: ${missing.join("; ")}`);
    return 1;
  }
  const started = Date.now();
  const topology = await startTopology();
  for (const [what, ms] of Object.entries(topology.timings)) check(`start: ${what}`, true, `${(ms / 1000).toFixed(1)} s`);
  const [webA, webB] = topology.web;
  const name = (upstream: string) => topology.web.find((w) => answered(upstream).endsWith(`:${w.port}`))?.name ?? upstream;

  // 1. The journey in Chromium.
  const browser = await launchBrowser();
  let journey;
  try {
    journey = await runJourney(browser, topology);
  } finally {
    await browser.close();
  }
  const pageRequests = topology.nginx.accessLog();
  const perInstance = topology.web.map((w) => `${w.name} ${pageRequests.filter((e) => name(e.upstream) === w.name).length}`).join(", ");
  check(
    "journey: register, confirm e-mail, sign in; staff verify; person, file, upload, submit; staff request changes",
    true,
    `${(journey.durationMs / 1000).toFixed(1)} s, ${pageRequests.length} requests (${perInstance})`,
  );
  const uploadInstances = new Set(journey.uploadUpstreams.map(name));
  const downloadInstances = new Set(journey.downloads.map((d) => name(d.upstream)));
  check(
    "uploads stored in S3 and downloaded from both instances",
    journey.downloads.length > 0 && journey.downloads.every((d) => d.status === 200 && d.bytesMatch) && downloadInstances.size === 2,
    `${journey.fileIds.length} files uploaded via ${[...uploadInstances].join(" + ") || "?"}; ${journey.downloads.length} downloads via ${[...downloadInstances].join(" + ")}, ${journey.downloads.filter((d) => d.status === 200 && d.bytesMatch).length} byte-identical`,
  );

  // 1b. A passport scan uploaded through nginx, read by the worker's passport reader (issue 18).
  const applicant = await signIn(topology.base, journey.applicantEmail, JOURNEY_PASSWORD);
  const passport = await runPassportRead(applicant);
  check(
    "passport scan read by the worker's reader (bundled, no tsx), none on web",
    passport.status === "READ" &&
      passport.documentNumber === "SR1234567" &&
      passport.birthDate === "1984-06-15" &&
      topology.worker.linesWith('"job":"passport"') > 0,
    `upload HTTP ${passport.uploadStatus}; ${passport.status} after ${(passport.waitedMs / 1000).toFixed(1)} s (number ${passport.documentNumber ?? "-"}, born ${passport.birthDate ?? "-"}); worker passport log lines ${topology.worker.linesWith('"job":"passport"')}`,
  );

  const db = createPrismaClient(topology.ownerUrl);
  try {
    // 2. The client address: nginx overwrote the forged X-Forwarded-For, the app trusted one hop.
    // The throttles count per client address (lib/http/client-address.ts): the keys show what the app saw.
    const keys = (
      await db.$queryRaw<{ key: string }[]>`SELECT key FROM rate_limit_counter WHERE key LIKE 'statusLookup:%' OR key LIKE 'register:%'`
    ).map((r) => r.key);
    check(
      "client address from X-Forwarded-For (1 trusted hop; forged value ignored)",
      keys.some((k) => k.startsWith("statusLookup:")) && keys.every((k) => k.endsWith(":127.0.0.1")),
      `throttle keys: ${[...new Set(keys)].join(", ") || "none"}`,
    );

    // 3. The booking rush.
    const rush = await runBookingRush(topology, 30);
    check(
      "30 parallel bookings of one slot of capacity 3",
      rush.booked === 3 && rush.slotBooked === 3,
      `${rush.booked} booked, slot counter ${rush.slotBooked}/${rush.capacity}; HTTP ${JSON.stringify(rush.statuses)}; ${Object.entries(
        rush.upstreams,
      )
        .map(([u, n]) => `${name(u)} ${n}`)
        .join(", ")}; ${rush.durationMs} ms`,
    );

    // 3b. An MRP change through one instance reaches the other's page cache (decision 022).
    const change = await runReferenceDataChange(topology);
    check(
      "MRP changed by the admin: the next visitor of either instance sees it (page cache)",
      change.actionStatus === 200 &&
        change.cachedBefore.every((c) => c.endsWith(" hit")) &&
        change.after.every((a) => a.showsNewValue && a.cache === "miss"),
      `before: ${change.cachedBefore.join(", ")}; action HTTP ${change.actionStatus}; after: ${change.after.map((a) => `${a.name} ${a.cache}${a.showsNewValue ? " new value" : " OLD VALUE"}`).join(", ")}`,
    );

    // 4. E-mail: the worker (alone) sends each queued message exactly once.
    const deadline = Date.now() + 60_000;
    while ((await db.outbox.count({ where: { status: "PENDING" } })) > 0 && Date.now() < deadline) await sleep(500);
    const outbox = await db.outbox.findMany({ select: { id: true, kind: true, toEmail: true, status: true } });
    const messageIds = topology.smtp.messages.map((m) => /^Message-ID:\s*<([^@>]+)@/im.exec(m.raw)?.[1] ?? "?");
    const counts = new Map<string, number>();
    for (const id of messageIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    const sent = outbox.filter((o) => o.status === "SENT");
    const exactlyOnce = sent.every((o) => counts.get(o.id) === 1) && messageIds.length === sent.length;
    const journeyKinds = ["APPLICATION_SUBMITTED", "CHANGES_REQUESTED"].map(
      (kind) => `${kind} ${outbox.filter((o) => o.kind === kind && o.toEmail === journey.applicantEmail).length}`,
    );
    check(
      "e-mail: one message per event, sent by the worker",
      exactlyOnce && sent.length === outbox.length && journeyKinds.every((k) => k.endsWith(" 1")),
      `${outbox.length} queued, ${sent.length} sent, ${topology.smtp.messages.length} received by SMTP, ${[...counts.values()].filter((n) => n > 1).length} duplicated; applicant: ${journeyKinds.join(", ")}`,
    );
    const webJobLines = topology.web.reduce((n, w) => n + w.process.linesWith('"job":'), 0);
    const webRequestLines = topology.web.reduce((n, w) => n + w.process.linesWith('"msg":"request"'), 0);
    check(
      "background jobs only in the worker (WORKER=0 on web)",
      webJobLines === 0 && topology.worker.linesWith('"job":') > 0 && webRequestLines > 0,
      `job log lines: web ${webJobLines} (of ${webRequestLines} lines logged), worker ${topology.worker.linesWith('"job":')} (${topology.worker.linesWith('"job":"outbox"')} outbox rounds)`,
    );

    // 5. The storage sweep (npm run uploads:sweep) on the bucket: lists objects, finds every one referenced.
    const sweep = spawnSync(process.execPath, ["--import", "tsx", "scripts/sweep-uploads.ts", "--dry-run"], {
      env: { ...topology.env, NODE_ENV: "production", UPLOAD_SWEEP_GRACE_MINUTES: "0" },
      encoding: "utf8",
    });
    const swept = JSON.parse(sweep.stdout.trim().split("\n").pop() || "{}");
    // Every stored object a row points at: the documents' files and the passport scan uploaded above.
    const [{ n }] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT "storageKey" FROM "DocumentFile" UNION SELECT "storageKey" FROM "CompanyDocumentVersion"
        UNION SELECT "storageKey" FROM "PaymentReceipt" UNION SELECT "storageKey" FROM "PassportScan") k`;
    const files = Number(n);
    check(
      "npm run uploads:sweep on the S3 bucket (dry run)",
      sweep.status === 0 && swept.keptReferenced === files && swept.removedOrphans === 0 && !swept.refused,
      `${files} stored objects recorded (files, passport scans); ${JSON.stringify(swept)}`,
    );
    const monitoring = await (
      await fetch(`${topology.base}/api/monitoring/outbox`, { headers: { authorization: `Bearer ${topology.env.MONITORING_TOKEN}` } })
    ).json();
    check(
      "monitoring: /api/monitoring/outbox through nginx",
      monitoring.pending === 0 && monitoring.failed === 0,
      JSON.stringify(monitoring),
    );
  } finally {
    await db.$disconnect();
  }

  // 6. SIGTERM to one instance under traffic.
  // As the journey's applicant, so that their uploaded file is among what is fetched.
  const session = await signIn(topology.base, journey.applicantEmail, JOURNEY_PASSWORD);
  const paths = [
    "/",
    "/services",
    "/api/services",
    "/portal",
    "/portal/people",
    `/api/files/${journey.fileIds[0]}`,
    "/api/health/live",
    "/status",
  ];
  const drill = await runSigtermDrill(topology, session, webA, paths, 6);
  const unexpected = Math.max(0, drill.failed.length - drill.allowedFailures);
  check(
    "SIGTERM to web-a under traffic (6 concurrent clients)",
    unexpected === 0 && drill.stoppedExitCode === 0,
    `${drill.requests} requests, ${drill.failed.length} failed (${drill.inFlightAtSigterm} in flight on web-a at SIGTERM); web-a exited ${drill.stoppedExitCode} after ${(drill.stopMs / 1000).toFixed(1)} s` +
      (drill.failed.length
        ? `; failures: ${drill.failed
            .slice(0, 5)
            .map((f) => `${f.path} ${f.status}`)
            .join(", ")}`
        : ""),
  );
  const survivorNames = [...new Set(drill.afterStop.upstreams.map(name))];
  check(
    "the survivor serves everything",
    drill.afterStop.failed === 0 && survivorNames.every((n) => n === webB.name),
    `${drill.afterStop.requests} requests, ${drill.afterStop.failed} failed, answered by ${survivorNames.join(", ")}`,
  );

  const log = topology.nginx.accessLog();
  const times = log.map((e) => e.durationS * 1000).sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]?.toFixed(0);
  const byInstance = topology.web.map((w) => `${w.name} ${log.filter((e) => name(e.upstream) === w.name).length}`).join(", ");
  check(
    "all requests through nginx",
    true,
    `${log.length} (${byInstance}); latency p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${pct(100)} ms`,
  );

  printTable(Date.now() - started);
  return rows.every((r) => r.ok) ? 0 : 1;
}

main()
  .then(async (code) => {
    await stopEverything();
    process.exit(code);
  })
  .catch(async (error) => {
    printTable(0);
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await stopEverything();
    process.exit(1);
  });

// npm run bench:http — the production build (`npm run build` first; this script builds nothing)
// served by server.mjs on a throw-away embedded PostgreSQL with demo data plus a staff queue of
// BENCH_HTTP_ROWS applications, loaded with autocannon target by target, in interleaved rounds,
// and printed side by side: req/s, p50, p99, server CPU per request, bytes per response and each
// target's share of the static-asset ceiling measured in the same run (issue 19).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { gzipSync } from "node:zlib";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoData, seedReferenceData } from "@/lib/seed/seed";
import { DEMO_ACCOUNTS } from "@/lib/db/demo-accounts";
import { freePort, startTestPostgres } from "@/tests/support/test-postgres";
import { signIn } from "@/scripts/scale/http-session";
import { demoServerEnv } from "@/scripts/lib/serve-demo";
import { seedQueueBench } from "./queue-seed";
import { cpuMsOf, type HttpResult, printHttpTable } from "./http-measure";
import { SERVER_NODE_FLAGS } from "@/scripts/lib/server-node-flags";

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 2);
const ROWS = Number(process.env.BENCH_HTTP_ROWS ?? 5_000);
// A browser asks for compressed responses; so do we, so that page sizes and costs are a visitor's.
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br", "accept-language": "en" };

type Target = { name: string; path: string; cookie?: string; perRequestAddress?: boolean };

/** Mean SQL statements per request of each path, from the server's request log lines. */
const sqlPerPath = {
  totals: new Map<string, { requests: number; statements: number }>(),
  note(line: string) {
    if (!line.includes('"msg":"request"')) return;
    try {
      const entry = JSON.parse(line) as { path?: string; sql?: number };
      if (typeof entry.path !== "string" || typeof entry.sql !== "number") return;
      const total = this.totals.get(entry.path) ?? { requests: 0, statements: 0 };
      total.requests++;
      total.statements += entry.sql;
      this.totals.set(entry.path, total);
    } catch {
      // not a JSON line
    }
  },
  mean(target: string): number | undefined {
    const total = this.totals.get(target.split("?")[0]);
    return total?.requests ? total.statements / total.requests : undefined;
  },
};

async function main(): Promise<void> {
  if (!fs.existsSync(path.resolve(".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first.");
  const database = await startTestPostgres("bench-http", undefined, { databases: ["expat"] });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "expat-bench-http-"));
  let server: ChildProcess | undefined;
  try {
    const ownerUrl = database.url("expat", "owner");
    const appUrl = database.url("expat", "app");
    await applyMigrations(ownerUrl);
    process.env.DEMO_MODE = "1";
    const owner = createPrismaClient(ownerUrl);
    await seedReferenceData(owner).finally(() => owner.$disconnect());
    const app = createPrismaClient(appUrl);
    await seedDemoData(app).finally(() => app.$disconnect());
    // A realistic queue for /staff (and companies the search and counts run over).
    if (ROWS > 0) await seedQueueBench(ownerUrl, ROWS);

    const port = Number(process.env.BENCH_HTTP_PORT) || (await freePort());
    const base = `http://127.0.0.1:${port}`;
    // TRUSTED_PROXY_HOPS=1: the quote target sends a different X-Forwarded-For per request, as
    // many visitors behind the reverse proxy would, instead of exhausting one address's budget.
    const env = { ...demoServerEnv({ url: appUrl, port, dataDir }), HOSTNAME: "127.0.0.1", TRUSTED_PROXY_HOPS: "1" };
    // BENCH_HTTP_PROFILE=dir writes the server's CPU profile (.cpuprofile, for Chrome DevTools) there.
    const profile = process.env.BENCH_HTTP_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_HTTP_PROFILE)}`] : [];
    server = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...profile, path.resolve("server.mjs")], {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    // The server's request log lines carry `sql` (statements per request): summed per path.
    let pending = "";
    server.stdout!.on("data", (chunk: Buffer) => {
      const lines = (pending + chunk.toString("utf8")).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) sqlPerPath.note(line);
    });
    await waitForServer(base, server);

    const applicant = DEMO_ACCOUNTS.find((a) => a.role === "APPLICANT")!;
    const staff = DEMO_ACCOUNTS.find((a) => a.role === "STAFF")!;
    const applicantSession = await signIn(base, applicant.email, applicant.password);
    const staffSession = await signIn(base, staff.email, staff.password);
    const staticAsset = await findStaticAsset(base);
    const targets: Target[] = [
      { name: "static asset (ceiling)", path: staticAsset },
      { name: "/api/health", path: "/api/health" },
      { name: "quote API", path: "/api/services/WORK_VISA_INVITATION/quote?option=WALK_IN&validity=YEARS_3_TO_5", perRequestAddress: true },
      { name: "/ (home)", path: "/" },
      { name: "/services", path: "/services" },
      { name: "/services/WORK_VISA", path: "/services/WORK_VISA" },
      { name: "/ru/services/WORK_VISA", path: "/ru/services/WORK_VISA" },
      { name: "/kk/services", path: "/kk/services" },
      { name: "/sign-in", path: "/sign-in" },
      { name: "/portal (applicant)", path: "/portal", cookie: applicantSession.cookie },
      { name: "/staff (staff queue)", path: "/staff", cookie: staffSession.cookie },
    ];
    // BENCH_HTTP_ONLY=regex measures only the matching targets (the ceiling is always measured).
    const only = process.env.BENCH_HTTP_ONLY ? new RegExp(process.env.BENCH_HTTP_ONLY) : null;
    if (only) targets.splice(1, targets.length, ...targets.slice(1).filter((t) => only.test(t.name)));
    // Every target once before measuring: compiled code paths and database caches warm.
    for (const target of targets) await check(base, target);

    // Script a browser downloads per page (every <script src> of the HTML, gzip as served).
    const scriptKb = new Map<string, number>();
    for (const target of targets)
      if (!target.path.startsWith("/_next") && !target.path.startsWith("/api"))
        scriptKb.set(target.name, await scriptWeightKb(base, target));

    const results = new Map<string, HttpResult[]>();
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of targets) {
        const result = await load(base, target, server.pid!);
        results.set(target.name, [...(results.get(target.name) ?? []), result]);
        console.log(`round ${round} ${target.name}: ${result.requestsPerSecond.toFixed(1)} req/s`);
      }
    }
    printHttpTable(
      `HTTP, production build, ${CONNECTIONS} connections × ${SECONDS} s, ${ROUNDS} interleaved rounds, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"})`,
      targets.map((t) => ({
        name: t.name,
        path: t.path,
        rounds: results.get(t.name)!,
        scriptKb: scriptKb.get(t.name),
        sqlPerRequest: sqlPerPath.mean(t.path),
      })),
    );
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await database.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function waitForServer(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server.mjs exited with ${server.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("server.mjs did not answer within 60 s");
}

/** A JavaScript chunk the home page loads: the cheapest thing the server can send. */
async function findStaticAsset(base: string): Promise<string> {
  const html = await (await fetch(`${base}/`)).text();
  const match = html.match(/\/_next\/static\/chunks\/[^"']+\.js/);
  if (!match) throw new Error("no /_next/static chunk on the home page");
  return match[0];
}

async function check(base: string, target: Target): Promise<void> {
  const response = await fetch(`${base}${target.path}`, {
    redirect: "manual",
    headers: { ...BROWSER_HEADERS, ...(target.cookie ? { cookie: target.cookie } : {}) },
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${target.path} answered ${response.status}, not 200`);
}

/** Compressed size of every script the page's HTML names (what a first visit downloads up front). */
async function scriptWeightKb(base: string, target: Target): Promise<number> {
  const html = await (
    await fetch(`${base}${target.path}`, { headers: { ...BROWSER_HEADERS, ...(target.cookie ? { cookie: target.cookie } : {}) } })
  ).text();
  // noModule scripts (legacy polyfills) are skipped by every browser that runs modules.
  const tags = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]).filter((attributes) => !/\bnoModule\b/i.test(attributes));
  const sources = [
    ...new Set(
      tags
        .map((a) => a.match(/\bsrc="([^"]+)"/)?.[1])
        .filter((src): src is string => !!src)
        .map((src) => src.replace(/&amp;/g, "&")),
    ),
  ];
  let bytes = 0;
  for (const src of sources) {
    // fetch() hands over the decompressed body; gzip at the default level is what the server sends.
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return bytes / 1024;
}

async function load(base: string, target: Target, pid: number): Promise<HttpResult> {
  const headers: Record<string, string> = { ...BROWSER_HEADERS, ...(target.cookie ? { cookie: target.cookie } : {}) };
  let counter = 0;
  const cpuBefore = cpuMsOf(pid);
  const result = await autocannon({
    url: `${base}${target.path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
    requests: target.perRequestAddress
      ? [
          {
            setupRequest: (request) => ({
              ...request,
              headers: { ...request.headers, "x-forwarded-for": `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter++ & 255}` },
            }),
          },
        ]
      : undefined,
  });
  const cpuMs = cpuMsOf(pid) - cpuBefore;
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: result.requests.total ? cpuMs / result.requests.total : NaN,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : NaN,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { startTestPostgres } from "@/tests/support/test-postgres";
import { prepareBenchDatabase } from "./bench-database";
import { BENCH_STAFF_ID, seedQueueBench } from "./queue-seed";
import { measure, printTable, type Measurement, type QueryCounter } from "./queue-measure";

// The staff queue against 100,000 applications (issue 5): server time of the data functions
// the /staff page calls, p50/p95 over repeated calls, and SQL statements per call. Runs on a
// throw-away PostgreSQL; BENCH_ROWS changes the size, BENCH_EXPLAIN=1 prints the query plans.

export async function benchQueue(rows = Number(process.env.BENCH_ROWS ?? 100_000)): Promise<Measurement[]> {
  const server = await startTestPostgres("bench");
  try {
    const { ownerUrl: url, appUrl } = await prepareBenchDatabase(server);
    const seedStart = Date.now();
    await seedQueueBench(url, rows);
    console.log(`Seeded ${rows.toLocaleString("en")} applications in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

    const counter: QueryCounter = { count: 0 };
    // Built here rather than with createPrismaClient: lib/db/client.ts takes the process's client
    // from globalThis when one is there, but only if it is set before that module is first loaded.
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: appUrl, max: 10 }),
      log: [{ emit: "event", level: "query" }],
    });
    client.$on("query", () => counter.count++);
    (globalThis as unknown as { prisma?: PrismaClient }).prisma = client as unknown as PrismaClient;
    const { listStaffQueue } = await import("@/lib/review/data/staff-queue");
    const { countStaffQueue } = await import("@/lib/review/data/staff-queue-counts");
    const { DEFAULT_FILTERS } = await import("@/lib/review/queue-params");
    const { queueSelect } = await import("@/lib/review/data/staff-queue-sql");

    const staff = {
      id: BENCH_STAFF_ID,
      email: "staff1@bench.example",
      name: "Staff 1",
      role: "STAFF" as const,
      locale: "en",
      companyId: null,
      companyName: null,
    };
    const now = new Date();
    const all = { ...DEFAULT_FILTERS, status: "all" as const };
    // The cursor after half of all rows: what "next page" 2,000 pages in would carry.
    const middle = await midpointCursor(url, Math.floor(rows / 2));
    const deep = middle ? { rank: middle.rank, key: middle.key, id: middle.id } : null;
    const scenarios: [string, Parameters<typeof listStaffQueue>[1]][] = [
      ["first page (open, default)", { ...DEFAULT_FILTERS, cursor: null }],
      ["first page (all statuses)", { ...all, cursor: null }],
      ["filter: in processing, overdue", { ...DEFAULT_FILTERS, overdue: true, cursor: null }],
      ["filter: work visa, assigned to me", { ...DEFAULT_FILTERS, service: "WORK_VISA", assignee: "me", cursor: null }],
      ["filter: one company", { ...all, companyId: "bench-co-17", cursor: null }],
      ["deep cursor (row 50%)", { ...all, cursor: deep }],
      ["search: person name 'smith'", { ...all, q: "smith", cursor: null }],
      ["search: passport P00054321", { ...all, q: "P00054321", cursor: null }],
      ["search: number EC-2025-054321", { ...all, q: "EC-2025-054321", cursor: null }],
      ["search: company 'nomad'", { ...all, q: "nomad", cursor: null }],
    ];
    const results: Measurement[] = [];
    for (const [name, query] of scenarios) {
      results.push(await measure(name, counter, async () => (await listStaffQueue(staff, query, now)).rows.length));
    }
    results.push(
      await measure("status counts (tabs)", counter, async () => Object.keys((await countStaffQueue(staff, now)).byStatus).length),
    );
    results.push(
      await measure("whole page: first page + counts", counter, async () => {
        const [page] = await Promise.all([listStaffQueue(staff, { ...DEFAULT_FILTERS, cursor: null }, now), countStaffQueue(staff, now)]);
        return page.rows.length;
      }),
    );
    printTable(`Staff queue, ${rows.toLocaleString("en")} applications (listStaffQueue / countStaffQueue, server time)`, results);
    if (process.env.BENCH_EXPLAIN === "1") {
      for (const [name, query] of scenarios) {
        const { cursor, ...filters } = query;
        const sql = queueSelect({ filters, cursor, actorId: staff.id, today: now.toISOString().slice(0, 10), limit: 26 });
        const plan = await client.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, ...sql.values);
        console.log(`\n-- ${name}\n${plan.map((p) => p["QUERY PLAN"]).join("\n")}`);
      }
    }
    await client.$disconnect();
    return results;
  } finally {
    await server.stop();
  }
}

async function midpointCursor(url: string, offset: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { queueSelect } = await import("@/lib/review/data/staff-queue-sql");
    const { DEFAULT_FILTERS } = await import("@/lib/review/queue-params");
    const sql = queueSelect({
      filters: { ...DEFAULT_FILTERS, status: "all" },
      cursor: null,
      actorId: BENCH_STAFF_ID,
      today: "2000-01-01",
      limit: offset + 1,
    });
    // Prisma.Sql.text uses $1.. placeholders; pg takes the same values.
    const result = await client.query(sql.text, sql.values as unknown[]);
    const row = result.rows.at(-1) as { rank: number; key: string; id: string } | undefined;
    return row ?? null;
  } finally {
    await client.end();
  }
}

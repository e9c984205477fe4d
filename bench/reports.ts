import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { isoDateInTimeZone, addCalendarDays } from "@/lib/rules/iso-date";
import { startTestPostgres } from "@/tests/support/test-postgres";
import { prepareBenchDatabase } from "./bench-database";
import { measure, printTable, type Measurement, type QueryCounter } from "./queue-measure";
import { seedQueueBench } from "./queue-seed";
import { seedReportsBench } from "./reports-seed";

// /staff/reports against 100,000 applications spread over a year (issue 18): server time of
// getReport for a year, a quarter and one service. Target: a one-year report under 300 ms.

export async function benchReports(rows = Number(process.env.BENCH_ROWS ?? 100_000)): Promise<Measurement[]> {
  const server = await startTestPostgres("bench-reports");
  try {
    const { ownerUrl: url, appUrl } = await prepareBenchDatabase(server);
    const seedStart = Date.now();
    await seedQueueBench(url, rows);
    await seedReportsBench(url);
    console.log(
      `Seeded ${rows.toLocaleString("en")} applications with spans, invoices and appointments in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    const counter: QueryCounter = { count: 0 };
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: appUrl, max: 10 }),
      log: [{ emit: "event", level: "query" }],
    });
    client.$on("query", () => counter.count++);
    (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
    const { getReport, LATE_LIST_ON_PAGE } = await import("@/lib/reports/data/reports");
    const staff = {
      id: "bench-staff-1",
      email: "staff1@bench.example",
      name: "Staff 1",
      role: "STAFF" as const,
      locale: "en",
      companyId: null,
      companyName: null,
    };
    const today = isoDateInTimeZone(new Date());
    const year = { from: addCalendarDays(today, -364), to: today, service: null };
    const counts = await getReport(staff, year);
    console.log(
      `One-year report: ${counts.totals.received.toLocaleString("en")} received, ${counts.totals.completed.toLocaleString("en")} completed, ` +
        `${counts.timeliness.late.toLocaleString("en")} late, ${counts.stages.reduce((n, s) => n + s.count, 0).toLocaleString("en")} stage spans, ` +
        `${counts.appointments.booked.toLocaleString("en")} appointments, ${counts.fees.invoicedCount.toLocaleString("en")} invoices`,
    );
    const scenarios: [string, Parameters<typeof getReport>[1]][] = [
      ["one year, all services", year],
      ["one year, WORK_VISA", { ...year, service: "WORK_VISA" }],
      ["one quarter, all services", { from: addCalendarDays(today, -90), to: today, service: null }],
      ["one month, TRP", { from: addCalendarDays(today, -30), to: today, service: "TRP" }],
    ];
    const results: Measurement[] = [];
    for (const [name, params] of scenarios) {
      // As the page asks (the first late applications); the export reads the whole late list.
      results.push(
        await measure(name, counter, async () => (await getReport(staff, params, { lateLimit: LATE_LIST_ON_PAGE })).weeks.length, {
          warmup: 3,
          runs: 20,
        }),
      );
    }
    results.push(
      await measure(
        "one year, all services, for an export (whole late list)",
        counter,
        async () => (await getReport(staff, year)).weeks.length,
        { warmup: 1, runs: 10 },
      ),
    );
    printTable(`Staff reports, ${rows.toLocaleString("en")} applications (getReport, server time; target < 300 ms for a year)`, results);
    await client.$disconnect();
    return results;
  } finally {
    await server.stop();
  }
}

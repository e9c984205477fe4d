import type { PrismaClient } from "@/lib/db/generated/client";
import { Prisma } from "@/lib/db/generated/client";
import { centreInstant } from "@/lib/booking/centre-time";
import { addCalendarDays } from "@/lib/rules/iso-date";
import type { ReportParams } from "@/lib/reports/report-params";
import { REPORT_STAGES } from "@/lib/reports/report-types";

// The report's figures computed straight from the source tables (Application, Invoice,
// Appointment, ReportStageSpan) with plain aggregates and percentile_cont, as reports were read
// before the summary tables (docs/decisions/019). Tests compare getReport with this.

const ts = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
const local = (column: string) => Prisma.raw(`(("${column}" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Almaty')::date`);
const week = (column: string) =>
  Prisma.raw(`to_char(date_trunc('week', ("${column}" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Almaty'), 'YYYY-MM-DD')`);
const n = (value: unknown) => Number(value ?? 0);

export async function directFigures(db: PrismaClient, params: ReportParams) {
  const start = centreInstant(params.from, 0);
  const end = centreInstant(addCalendarDays(params.to, 1), 0);
  const service = (alias = "") => (params.service ? Prisma.sql`AND ${Prisma.raw(alias)}"serviceCode" = ${params.service}` : Prisma.empty);
  const received = await db.$queryRaw<{ serviceCode: string; week: string; n: bigint }[]>`
    SELECT "serviceCode", ${week("submittedAt")} AS week, count(*) AS n FROM "Application"
    WHERE "submittedAt" >= ${ts(start)} AND "submittedAt" < ${ts(end)} ${service()} GROUP BY 1, 2`;
  const finished = await db.$queryRaw<
    { serviceCode: string; status: string; week: string; n: bigint; withDeadline: bigint; onTime: bigint }[]
  >`
    SELECT "serviceCode", status::text AS status, ${week("statusChangedAt")} AS week, count(*) AS n,
           count(*) FILTER (WHERE "dueDate" IS NOT NULL) AS "withDeadline",
           count(*) FILTER (WHERE ${local("statusChangedAt")} <= "dueDate") AS "onTime"
    FROM "Application" WHERE status IN ('COMPLETED', 'REJECTED', 'WITHDRAWN', 'LAPSED')
      AND "statusChangedAt" >= ${ts(start)} AND "statusChangedAt" < ${ts(end)} ${service()} GROUP BY 1, 2, 3`;
  const late = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Application" WHERE status = 'COMPLETED' AND "statusChangedAt" >= ${ts(start)} AND "statusChangedAt" < ${ts(end)} ${service()}
      AND "dueDate" IS NOT NULL AND ${local("statusChangedAt")} > "dueDate" ORDER BY "statusChangedAt", id`;
  const stages = await db.$queryRaw<{ stage: string; n: bigint; median: number | null; p90: number | null }[]>`
    SELECT stage, count(*) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
    FROM "ReportStageSpan" WHERE "endedAt" >= ${ts(start)} AND "endedAt" < ${ts(end)} ${service()} GROUP BY stage`;
  const appointments = await db.$queryRaw<{ status: string; n: bigint; seats: bigint }[]>`
    SELECT ap.status::text AS status, count(*) AS n, sum(ap.seats) AS seats
    FROM "Appointment" ap JOIN "Application" a ON a.id = ap."applicationId"
    WHERE ap."startsAt" >= ${ts(start)} AND ap."startsAt" < ${ts(end)} ${service("a.")} GROUP BY 1`;
  const money = (paid: boolean) => db.$queryRaw<{ n: bigint; fee: bigint | null; total: bigint | null }[]>`
    SELECT count(*) AS n, sum(i."serviceFeeTiyn") AS fee, sum(i."totalTiyn") AS total
    FROM "Invoice" i JOIN "Application" a ON a.id = i."applicationId"
    WHERE ${paid ? Prisma.sql`i.status = 'PAID' AND i."paidAt" >= ${ts(start)} AND i."paidAt" < ${ts(end)}` : Prisma.sql`i."issuedAt" >= ${ts(start)} AND i."issuedAt" < ${ts(end)}`} ${service("a.")}`;
  const [invoiced] = await money(false);
  const [confirmed] = await money(true);

  const volumes = new Map<
    string,
    { serviceCode: string; received: number; completed: number; rejected: number; withdrawn: number; lapsed: number }
  >();
  const volume = (code: string) =>
    volumes.get(code) ??
    volumes.set(code, { serviceCode: code, received: 0, completed: 0, rejected: 0, withdrawn: 0, lapsed: 0 }).get(code)!;
  const weeks = new Map<string, { received: number; completed: number }>();
  const weekRow = (key: string) => weeks.get(key) ?? weeks.set(key, { received: 0, completed: 0 }).get(key)!;
  for (const row of received) {
    volume(row.serviceCode).received += n(row.n);
    weekRow(row.week).received += n(row.n);
  }
  const timeliness = { completed: 0, withDeadline: 0, onTime: 0 };
  for (const row of finished) {
    const key =
      row.status === "COMPLETED"
        ? "completed"
        : row.status === "REJECTED"
          ? "rejected"
          : row.status === "WITHDRAWN"
            ? "withdrawn"
            : "lapsed";
    volume(row.serviceCode)[key] += n(row.n);
    if (key === "completed") {
      weekRow(row.week).completed += n(row.n);
      timeliness.completed += n(row.n);
      timeliness.withDeadline += n(row.withDeadline);
      timeliness.onTime += n(row.onTime);
    }
  }
  const byStatus = new Map(appointments.map((row) => [row.status, row]));
  const stageRows = new Map(stages.map((row) => [row.stage, row]));
  return {
    volumes: [...volumes.values()].sort((a, b) => a.serviceCode.localeCompare(b.serviceCode)),
    weeks: Object.fromEntries([...weeks].filter(([, w]) => w.received || w.completed).sort()),
    timeliness,
    lateIds: late.map((row) => row.id),
    stages: REPORT_STAGES.map((stage) => {
      const row = stageRows.get(stage);
      return { stage, count: n(row?.n), medianSeconds: row?.median ?? null, p90Seconds: row?.p90 ?? null };
    }),
    appointments: {
      booked: ["BOOKED", "ATTENDED", "NO_SHOW"].reduce((t, s) => t + n(byStatus.get(s)?.n), 0),
      attended: n(byStatus.get("ATTENDED")?.n),
      noShow: n(byStatus.get("NO_SHOW")?.n),
      cancelled: n(byStatus.get("CANCELLED")?.n),
      seatsBooked: ["BOOKED", "ATTENDED", "NO_SHOW"].reduce((t, s) => t + n(byStatus.get(s)?.seats), 0),
    },
    fees: {
      invoicedCount: n(invoiced?.n),
      invoicedServiceFeeTiyn: n(invoiced?.fee),
      invoicedTotalTiyn: n(invoiced?.total),
      confirmedCount: n(confirmed?.n),
      confirmedServiceFeeTiyn: n(confirmed?.fee),
      confirmedTotalTiyn: n(confirmed?.total),
    },
  };
}

import "server-only";
import { prisma } from "@/lib/db/client";
import { CENTRE_ZONE_SQL } from "@/lib/kernel/centre-zone-sql";
import { Prisma } from "@/lib/db/generated/client";
import { ApplicationStatus } from "@/lib/db/generated/enums";
import { centreInstant } from "@/lib/booking/centre-time";
import { addCalendarDays, dayOfWeek } from "@/lib/rules/iso-date";
import { buildCalendar, countWorkingDaysBetween } from "@/lib/rules/working-days";
import type { ReportParams } from "@/lib/reports/report-params";
import { monthCover } from "@/lib/reports/month-cover";
import { interpolate, rankTarget, type BucketCount } from "@/lib/reports/stage-percentiles";
import { REPORT_STAGES, type Report, type ReportStage, type VolumeRow, type WeekRow } from "@/lib/reports/report-types";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { loadWorkingCalendar } from "@/lib/calendar/working-calendar";

// Management figures for /staff/reports (issue 18), in the centre's time zone. Counts and money
// come from ReportDailyTotal (per Astana day and service, kept by triggers), stage times from the
// ReportStageHistogram plus the spans' bucket index (exact percentile_cont), the late list from a
// partial index of late completions; only booking slots are counted directly (a few thousand a
// year). See docs/decisions/015 and 019.

/** Lapsed exists once issue 17 adds it to the lifecycle; until then nothing can be counted as lapsed. */
const LAPSED = "LAPSED";
const LAPSED_SUPPORTED = (Object.values(ApplicationStatus) as string[]).includes(LAPSED);

/** Late completions listed in exports (the count is always complete). */
export const LATE_LIST_LIMIT = 5000;
/** Late completions listed on the page: a person reads the first ones; the exports carry the rest.
 * Moving thousands of rows for a page that shows a hundred was most of a year report's time. */
export const LATE_LIST_ON_PAGE = 100;

/** The histogram's service code for all services together. */
const ALL_SERVICES = "*";

const utc = (date: Date) => date.toISOString();
const ts = (date: Date) => Prisma.sql`(${utc(date)}::timestamptz AT TIME ZONE 'UTC')`;
const day = (date: string) => Prisma.sql`${date}::date`;
/** Astana midnight starting `date`, as a stored (UTC) timestamp, converted by PostgreSQL itself so it
 * agrees to the microsecond with custom_centre_day(), which put the spans in the histogram's days. */
const centreMidnight = (date: string) => Prisma.sql`((${date}::date)::timestamp AT TIME ZONE ${CENTRE_ZONE_SQL} AT TIME ZONE 'UTC')`;
const num = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));
const iso = (date: Date) => date.toISOString().slice(0, 10);

function mondayOf(date: string): string {
  return addCalendarDays(date, -((dayOfWeek(date) + 6) % 7));
}

type DailyRow = {
  serviceCode: string;
  week: string;
  received: bigint;
  completed: bigint;
  completedWithDeadline: bigint;
  completedOnTime: bigint;
  rejected: bigint;
  withdrawn: bigint;
  lapsed: bigint;
  invoiced: bigint;
  invoicedFee: bigint;
  invoicedTotal: bigint;
  paid: bigint;
  paidFee: bigint;
  paidTotal: bigint;
  booked: bigint;
  attended: bigint;
  noShow: bigint;
  cancelled: bigint;
  seats: bigint;
};

/** Median and p90 per stage: bucket counts for the period, then the two values at each rank. */
async function stageTimes(params: ReportParams): Promise<Map<string, { n: number; median: number | null; p90: number | null }>> {
  const { monthsFrom, monthsTo } = monthCover(params.from, params.to);
  const histogram = await prisma.$queryRaw<{ stage: string; bucket: number; n: bigint }[]>`
    SELECT stage, bucket, sum(count) AS n FROM "ReportStageHistogram"
    WHERE "serviceCode" = ${params.service ?? ALL_SERVICES} AND (
      (grain = 'M' AND period >= ${day(monthsFrom)} AND period < ${day(monthsTo)})
      OR (grain = 'D' AND period >= ${day(params.from)} AND period < ${day(monthsFrom)})
      OR (grain = 'D' AND period >= ${day(monthsTo)} AND period <= ${day(params.to)}))
    GROUP BY stage, bucket HAVING sum(count) > 0
    ORDER BY stage, bucket`;
  const byStage = new Map<string, BucketCount[]>();
  for (const row of histogram) {
    const list = byStage.get(row.stage) ?? [];
    list.push({ bucket: row.bucket, count: num(row.n) });
    byStage.set(row.stage, list);
  }
  const targets: { key: string; stage: string; fraction: number; bucket: number; offset: number }[] = [];
  for (const [stage, buckets] of byStage) {
    for (const [name, p] of [
      ["median", 0.5],
      ["p90", 0.9],
    ] as const) {
      const target = rankTarget(buckets, p);
      if (target) targets.push({ key: `${stage}:${name}`, stage, ...target });
    }
  }
  const values = new Map<string, number[]>();
  if (targets.length > 0) {
    const service = params.service ? Prisma.sql`AND s."serviceCode" = ${params.service}` : Prisma.empty;
    const rows = await prisma.$queryRaw<{ key: string; values: number[] | null }[]>`
      SELECT q.key, v.values FROM (VALUES ${Prisma.join(targets.map((t) => Prisma.sql`(${t.key}::text, ${t.stage}::text, ${t.bucket}::int, ${t.offset}::int)`))}) AS q(key, stage, bucket, skip)
      CROSS JOIN LATERAL (
        SELECT array_agg(x.seconds ORDER BY x.b, x.seconds) AS values FROM (
          SELECT "custom_report_bucket"(s.seconds) AS b, s.seconds FROM "ReportStageSpan" s
          WHERE s.stage = q.stage AND s."endedAt" IS NOT NULL AND s.seconds IS NOT NULL
            AND "custom_report_bucket"(s.seconds) >= q.bucket
            AND s."endedAt" >= ${centreMidnight(params.from)} AND s."endedAt" < ${centreMidnight(addCalendarDays(params.to, 1))} ${service}
          ORDER BY "custom_report_bucket"(s.seconds), s.seconds OFFSET q.skip LIMIT 2) x) v`;
    for (const row of rows) values.set(row.key, row.values ?? []);
  }
  const result = new Map<string, { n: number; median: number | null; p90: number | null }>();
  for (const [stage, buckets] of byStage) {
    const pick = (name: string) => {
      const target = targets.find((t) => t.key === `${stage}:${name}`);
      return target ? interpolate(values.get(target.key) ?? [], target.fraction) : null;
    };
    result.set(stage, { n: buckets.reduce((total, b) => total + b.count, 0), median: pick("median"), p90: pick("p90") });
  }
  return result;
}

export async function getReport(actor: CurrentUser, params: ReportParams, options: { lateLimit?: number } = {}): Promise<Report> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const start = centreInstant(params.from, 0);
  const end = centreInstant(addCalendarDays(params.to, 1), 0);
  const service = (alias = "") => (params.service ? Prisma.sql`AND ${Prisma.raw(alias)}"serviceCode" = ${params.service}` : Prisma.empty);

  const [daily, late, stages, slots, calendar] = await Promise.all([
    prisma.$queryRaw<DailyRow[]>`
      SELECT "serviceCode", to_char(date_trunc('week', day::timestamp), 'YYYY-MM-DD') AS week,
        sum(received) AS received, sum(completed) AS completed, sum("completedWithDeadline") AS "completedWithDeadline",
        sum("completedOnTime") AS "completedOnTime", sum(rejected) AS rejected, sum(withdrawn) AS withdrawn, sum(lapsed) AS lapsed,
        sum(invoiced) AS invoiced, sum("invoicedFeeTiyn") AS "invoicedFee", sum("invoicedTotalTiyn") AS "invoicedTotal",
        sum(paid) AS paid, sum("paidFeeTiyn") AS "paidFee", sum("paidTotalTiyn") AS "paidTotal",
        sum("appointmentsBooked") AS booked, sum("appointmentsAttended") AS attended, sum("appointmentsNoShow") AS "noShow",
        sum("appointmentsCancelled") AS cancelled, sum("seatsBooked") AS seats
      FROM "ReportDailyTotal"
      WHERE day >= ${day(params.from)} AND day <= ${day(params.to)} ${service()}
      GROUP BY 1, 2`,
    prisma.$queryRaw<{ id: string; number: string | null; serviceCode: string; companyName: string; dueDate: Date; completedOn: Date }[]>`
      SELECT a.id, a.number, a."serviceCode", c.name AS "companyName", a."dueDate", "custom_centre_day"(a."statusChangedAt") AS "completedOn"
      FROM "Application" a JOIN "Company" c ON c.id = a."companyId"
      WHERE a.status = 'COMPLETED' AND a."dueDate" IS NOT NULL AND "custom_centre_day"(a."statusChangedAt") > a."dueDate"
        AND a."statusChangedAt" >= ${ts(start)} AND a."statusChangedAt" < ${ts(end)} ${service("a.")}
      ORDER BY a."statusChangedAt", a.id
      LIMIT ${Math.min(options.lateLimit ?? LATE_LIST_LIMIT, LATE_LIST_LIMIT)}`,
    stageTimes(params),
    prisma.$queryRaw<{ n: bigint; places: bigint | null }[]>`
      SELECT count(*) AS n, sum(capacity) AS places FROM "BookingSlot" WHERE "startsAt" >= ${ts(start)} AND "startsAt" < ${ts(end)}`,
    loadWorkingCalendar(prisma),
  ]);

  const volumes = new Map<string, VolumeRow>();
  const volume = (code: string) => {
    let row = volumes.get(code);
    if (!row) volumes.set(code, (row = { serviceCode: code, received: 0, completed: 0, rejected: 0, withdrawn: 0, lapsed: 0 }));
    return row;
  };
  const weeks = new Map<string, WeekRow>();
  for (let monday = mondayOf(params.from); monday <= params.to; monday = addCalendarDays(monday, 7))
    weeks.set(monday, { weekStart: monday, received: 0, completed: 0 });
  const timeliness = { completed: 0, withDeadline: 0, onTime: 0, late: 0, share: null as number | null };
  const appointments = {
    slots: num(slots[0]?.n),
    placesOffered: num(slots[0]?.places),
    booked: 0,
    attended: 0,
    noShow: 0,
    cancelled: 0,
    seatsBooked: 0,
  };
  const fees = {
    invoicedCount: 0,
    invoicedServiceFeeTiyn: 0,
    invoicedTotalTiyn: 0,
    confirmedCount: 0,
    confirmedServiceFeeTiyn: 0,
    confirmedTotalTiyn: 0,
  };
  for (const row of daily) {
    const finished = num(row.completed) + num(row.rejected) + num(row.withdrawn) + num(row.lapsed);
    if (num(row.received) || finished) {
      const v = volume(row.serviceCode);
      v.received += num(row.received);
      v.completed += num(row.completed);
      v.rejected += num(row.rejected);
      v.withdrawn += num(row.withdrawn);
      v.lapsed += num(row.lapsed);
    }
    const week = weeks.get(row.week);
    if (week) {
      week.received += num(row.received);
      week.completed += num(row.completed);
    }
    timeliness.completed += num(row.completed);
    timeliness.withDeadline += num(row.completedWithDeadline);
    timeliness.onTime += num(row.completedOnTime);
    appointments.booked += num(row.booked) + num(row.attended) + num(row.noShow);
    appointments.attended += num(row.attended);
    appointments.noShow += num(row.noShow);
    appointments.cancelled += num(row.cancelled);
    appointments.seatsBooked += num(row.seats);
    fees.invoicedCount += num(row.invoiced);
    fees.invoicedServiceFeeTiyn += num(row.invoicedFee);
    fees.invoicedTotalTiyn += num(row.invoicedTotal);
    fees.confirmedCount += num(row.paid);
    fees.confirmedServiceFeeTiyn += num(row.paidFee);
    fees.confirmedTotalTiyn += num(row.paidTotal);
  }
  timeliness.late = timeliness.withDeadline - timeliness.onTime;
  timeliness.share = timeliness.withDeadline ? timeliness.onTime / timeliness.withDeadline : null;

  const workingCalendar = buildCalendar(calendar);
  const rows = [...volumes.values()].sort((a, b) => a.serviceCode.localeCompare(b.serviceCode));
  const sum = (key: keyof Omit<VolumeRow, "serviceCode">) => rows.reduce((total, row) => total + row[key], 0);
  return {
    from: params.from,
    to: params.to,
    service: params.service,
    lapsedSupported: LAPSED_SUPPORTED,
    volumes: rows,
    totals: {
      received: sum("received"),
      completed: sum("completed"),
      rejected: sum("rejected"),
      withdrawn: sum("withdrawn"),
      lapsed: sum("lapsed"),
    },
    weeks: [...weeks.values()],
    timeliness,
    lateApplications: late.map((row) => ({
      id: row.id,
      number: row.number ?? row.id,
      serviceCode: row.serviceCode,
      companyName: row.companyName,
      dueDate: iso(row.dueDate),
      completedOn: iso(row.completedOn),
      workingDaysLate: Math.max(1, countWorkingDaysBetween(iso(row.dueDate), iso(row.completedOn), workingCalendar)),
    })),
    stages: REPORT_STAGES.map((stage: ReportStage) => {
      const row = stages.get(stage);
      return { stage, count: row?.n ?? 0, medianSeconds: row?.median ?? null, p90Seconds: row?.p90 ?? null };
    }),
    appointments,
    fees,
  };
}

import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { ApplicationStatus } from "@/lib/db/generated/enums";
import { centreInstant } from "@/lib/booking/centre-time";
import { addCalendarDays, dayOfWeek } from "@/lib/rules/iso-date";
import { buildCalendar, countWorkingDaysBetween } from "@/lib/rules/working-days";
import type { ReportParams } from "@/lib/reports/report-params";
import { REPORT_STAGES, type Report, type ReportStage, type VolumeRow, type WeekRow } from "@/lib/reports/report-types";
import { assertRole } from "./authorize";
import type { CurrentUser } from "./users";
import { loadWorkingCalendar } from "./working-calendar";

// Management figures for /staff/reports (issue 18), in the centre's time zone. Every figure is
// one indexed aggregate (docs/decisions/015): received by submittedAt, finished by the
// statusChangedAt of a final status (it never changes again), stage times from ReportStageSpan
// (kept from the audit trail by a trigger), appointments by start time, fees by issue and payment.

/** Lapsed exists once issue 17 adds it to the lifecycle; until then nothing can be counted as lapsed. */
const LAPSED = "LAPSED";
const LAPSED_SUPPORTED = (Object.values(ApplicationStatus) as string[]).includes(LAPSED);
const FINAL_STATUSES = ["COMPLETED", "REJECTED", "WITHDRAWN", ...(LAPSED_SUPPORTED ? [LAPSED] : [])];

/** Late completions listed on the page and in exports (the count is always complete). */
export const LATE_LIST_LIMIT = 5000;

const utc = (date: Date) => date.toISOString();
const ts = (date: Date) => Prisma.sql`(${utc(date)}::timestamptz AT TIME ZONE 'UTC')`;
const localDate = (column: string) => Prisma.raw(`(("${column}" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Almaty')::date`);
const localWeek = (column: string) => Prisma.raw(`to_char(date_trunc('week', ("${column}" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Almaty'), 'YYYY-MM-DD')`);
const num = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));
const iso = (date: Date) => date.toISOString().slice(0, 10);

function mondayOf(date: string): string {
  return addCalendarDays(date, -((dayOfWeek(date) + 6) % 7));
}

export async function getReport(actor: CurrentUser, params: ReportParams): Promise<Report> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const start = centreInstant(params.from, 0);
  const end = centreInstant(addCalendarDays(params.to, 1), 0);
  const service = (alias = "") => (params.service ? Prisma.sql`AND ${Prisma.raw(alias)}"serviceCode" = ${params.service}` : Prisma.empty);
  const finalStatuses = Prisma.sql`ARRAY[${Prisma.join(FINAL_STATUSES)}]::"ApplicationStatus"[]`;

  const [received, finished, late, stages, slots, appointments, invoiced, confirmed, calendar] = await Promise.all([
    prisma.$queryRaw<{ serviceCode: string; week: string; n: bigint }[]>`
      SELECT "serviceCode", ${localWeek("submittedAt")} AS week, count(*) AS n FROM "Application"
      WHERE "submittedAt" >= ${ts(start)} AND "submittedAt" < ${ts(end)} ${service()}
      GROUP BY 1, 2`,
    prisma.$queryRaw<{ serviceCode: string; status: string; week: string; n: bigint; withDeadline: bigint; onTime: bigint }[]>`
      SELECT "serviceCode", status::text AS status, ${localWeek("statusChangedAt")} AS week, count(*) AS n,
             count(*) FILTER (WHERE "dueDate" IS NOT NULL) AS "withDeadline",
             count(*) FILTER (WHERE ${localDate("statusChangedAt")} <= "dueDate") AS "onTime"
      FROM "Application"
      WHERE status = ANY(${finalStatuses}) AND "statusChangedAt" >= ${ts(start)} AND "statusChangedAt" < ${ts(end)} ${service()}
      GROUP BY 1, 2, 3`,
    prisma.$queryRaw<{ id: string; number: string | null; serviceCode: string; companyName: string; dueDate: Date; completedOn: Date }[]>`
      SELECT a.id, a.number, a."serviceCode", c.name AS "companyName", a."dueDate", ${localDate("statusChangedAt")} AS "completedOn"
      FROM "Application" a JOIN "Company" c ON c.id = a."companyId"
      WHERE a.status = 'COMPLETED' AND a."statusChangedAt" >= ${ts(start)} AND a."statusChangedAt" < ${ts(end)} ${service("a.")}
        AND a."dueDate" IS NOT NULL AND ${localDate("statusChangedAt")} > a."dueDate"
      ORDER BY a."statusChangedAt", a.id
      LIMIT ${LATE_LIST_LIMIT}`,
    prisma.$queryRaw<{ stage: string; n: bigint; median: number | null; p90: number | null }[]>`
      SELECT stage, count(*) AS n,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
      FROM "ReportStageSpan"
      WHERE "endedAt" >= ${ts(start)} AND "endedAt" < ${ts(end)} ${service()}
      GROUP BY stage`,
    prisma.$queryRaw<{ n: bigint; places: bigint | null }[]>`
      SELECT count(*) AS n, sum(capacity) AS places FROM "BookingSlot" WHERE "startsAt" >= ${ts(start)} AND "startsAt" < ${ts(end)}`,
    prisma.$queryRaw<{ status: string; n: bigint; seats: bigint }[]>`
      SELECT ap.status::text AS status, count(*) AS n, sum(ap.seats) AS seats
      FROM "Appointment" ap ${params.service ? Prisma.sql`JOIN "Application" a ON a.id = ap."applicationId"` : Prisma.empty}
      WHERE ap."startsAt" >= ${ts(start)} AND ap."startsAt" < ${ts(end)} ${service("a.")}
      GROUP BY 1`,
    prisma.$queryRaw<{ n: bigint; fee: bigint | null; total: bigint | null }[]>`
      SELECT count(*) AS n, sum(i."serviceFeeTiyn") AS fee, sum(i."totalTiyn") AS total
      FROM "Invoice" i ${params.service ? Prisma.sql`JOIN "Application" a ON a.id = i."applicationId"` : Prisma.empty}
      WHERE i."issuedAt" >= ${ts(start)} AND i."issuedAt" < ${ts(end)} ${service("a.")}`,
    prisma.$queryRaw<{ n: bigint; fee: bigint | null; total: bigint | null }[]>`
      SELECT count(*) AS n, sum(i."serviceFeeTiyn") AS fee, sum(i."totalTiyn") AS total
      FROM "Invoice" i ${params.service ? Prisma.sql`JOIN "Application" a ON a.id = i."applicationId"` : Prisma.empty}
      WHERE i.status = 'PAID' AND i."paidAt" >= ${ts(start)} AND i."paidAt" < ${ts(end)} ${service("a.")}`,
    loadWorkingCalendar(prisma),
  ]);

  const volumes = new Map<string, VolumeRow>();
  const volume = (code: string) => {
    let row = volumes.get(code);
    if (!row) volumes.set(code, (row = { serviceCode: code, received: 0, completed: 0, rejected: 0, withdrawn: 0, lapsed: 0 }));
    return row;
  };
  const weeks = new Map<string, WeekRow>();
  for (let monday = mondayOf(params.from); monday <= params.to; monday = addCalendarDays(monday, 7)) weeks.set(monday, { weekStart: monday, received: 0, completed: 0 });
  for (const row of received) {
    volume(row.serviceCode).received += num(row.n);
    const week = weeks.get(row.week);
    if (week) week.received += num(row.n);
  }
  const timeliness = { completed: 0, withDeadline: 0, onTime: 0, late: 0, share: null as number | null };
  for (const row of finished) {
    const v = volume(row.serviceCode);
    const n = num(row.n);
    if (row.status === "COMPLETED") {
      v.completed += n;
      timeliness.completed += n;
      timeliness.withDeadline += num(row.withDeadline);
      timeliness.onTime += num(row.onTime);
      const week = weeks.get(row.week);
      if (week) week.completed += n;
    } else if (row.status === "REJECTED") v.rejected += n;
    else if (row.status === "WITHDRAWN") v.withdrawn += n;
    else if (row.status === LAPSED) v.lapsed += n;
  }
  timeliness.late = timeliness.withDeadline - timeliness.onTime;
  timeliness.share = timeliness.withDeadline ? timeliness.onTime / timeliness.withDeadline : null;

  const workingCalendar = buildCalendar(calendar);
  const stageRows = new Map(stages.map((row) => [row.stage, row]));
  const byStatus = new Map(appointments.map((row) => [row.status, row]));
  const rows = [...volumes.values()].sort((a, b) => a.serviceCode.localeCompare(b.serviceCode));
  const sum = (key: keyof Omit<VolumeRow, "serviceCode">) => rows.reduce((total, row) => total + row[key], 0);
  return {
    from: params.from,
    to: params.to,
    service: params.service,
    lapsedSupported: LAPSED_SUPPORTED,
    volumes: rows,
    totals: { received: sum("received"), completed: sum("completed"), rejected: sum("rejected"), withdrawn: sum("withdrawn"), lapsed: sum("lapsed") },
    weeks: [...weeks.values()],
    timeliness,
    lateApplications: late.map((row) => ({
      id: row.id, number: row.number ?? row.id, serviceCode: row.serviceCode, companyName: row.companyName, dueDate: iso(row.dueDate), completedOn: iso(row.completedOn),
      workingDaysLate: Math.max(1, countWorkingDaysBetween(iso(row.dueDate), iso(row.completedOn), workingCalendar)),
    })),
    stages: REPORT_STAGES.map((stage: ReportStage) => {
      const row = stageRows.get(stage);
      return { stage, count: num(row?.n), medianSeconds: row?.median ?? null, p90Seconds: row?.p90 ?? null };
    }),
    appointments: {
      slots: num(slots[0]?.n), placesOffered: num(slots[0]?.places),
      booked: ["BOOKED", "ATTENDED", "NO_SHOW"].reduce((total, status) => total + num(byStatus.get(status)?.n), 0),
      attended: num(byStatus.get("ATTENDED")?.n), noShow: num(byStatus.get("NO_SHOW")?.n), cancelled: num(byStatus.get("CANCELLED")?.n),
      seatsBooked: ["BOOKED", "ATTENDED", "NO_SHOW"].reduce((total, status) => total + num(byStatus.get(status)?.seats), 0),
    },
    fees: {
      invoicedCount: num(invoiced[0]?.n), invoicedServiceFeeTiyn: num(invoiced[0]?.fee), invoicedTotalTiyn: num(invoiced[0]?.total),
      confirmedCount: num(confirmed[0]?.n), confirmedServiceFeeTiyn: num(confirmed[0]?.fee), confirmedTotalTiyn: num(confirmed[0]?.total),
    },
  };
}

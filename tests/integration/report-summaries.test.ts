import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getReport } from "@/lib/reports/data/reports";
import type { CurrentUser } from "@/lib/kernel/access";
import type { ReportParams } from "@/lib/reports/report-params";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { createUser } from "../support/factories/booking";
import { createSubmittedApplication } from "../support/factories/applications";
import { directFigures } from "../support/report-direct";

// Reports read summary tables kept by triggers (docs/decisions/019). Here a varied, generated set
// of applications, invoices, appointments and stage spans is reported on for month-aligned and
// ragged periods, and every figure must equal the same figure computed straight from the source
// tables (tests/support/report-direct.ts, percentile_cont included) — before and after status
// changes, back-dated edits, deletions and stage changes through the audit trail.

const SERVICES = ["WORK_VISA", "TRP", "BUSINESS_VISA_INVITATION_B1_B3"];
const STATUSES = [
  "SUBMITTED",
  "IN_REVIEW",
  "DOCUMENTS_APPROVED",
  "IN_PROCESSING",
  "COMPLETED",
  "COMPLETED",
  "REJECTED",
  "WITHDRAWN",
  "LAPSED",
] as const;
const STAGES = ["WAITING_FOR_REVIEW", "IN_REVIEW", "CHANGES_REQUESTED", "WAITING_FOR_PAYMENT", "WAITING_FOR_APPOINTMENT", "IN_PROCESSING"];
const DAY = 86_400_000;
const BASE = Date.parse("2026-03-01T00:00:00Z");

let seed = 20_261_202;
const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
const instant = (maxDays: number) => new Date(BASE + Math.floor(random() * maxDays * DAY));

let staff: CurrentUser;
const appIds: string[] = [];
let companyId = "";
let createdById = "";

const today = isoDateInTimeZone(new Date());
const PERIODS: ReportParams[] = [
  { from: "2026-05-01", to: "2026-05-31", service: null },
  { from: "2026-04-17", to: "2026-06-03", service: null },
  { from: "2026-05-10", to: "2026-05-20", service: null },
  { from: "2026-05-15", to: "2026-05-15", service: null },
  { from: "2026-03-01", to: "2026-07-31", service: null },
  { from: "2026-04-17", to: "2026-06-03", service: "TRP" },
  { from: "2026-03-01", to: "2026-07-31", service: "WORK_VISA" },
  { from: today, to: today, service: null },
];

async function expectSummaryEqualsDirect() {
  for (const params of PERIODS) {
    const [report, direct] = await Promise.all([getReport(staff, params), directFigures(prisma, params)]);
    const label = JSON.stringify(params);
    expect(report.volumes, label).toEqual(direct.volumes);
    expect(
      Object.fromEntries(
        report.weeks.filter((w) => w.received || w.completed).map((w) => [w.weekStart, { received: w.received, completed: w.completed }]),
      ),
      label,
    ).toEqual(direct.weeks);
    expect(
      { completed: report.timeliness.completed, withDeadline: report.timeliness.withDeadline, onTime: report.timeliness.onTime },
      label,
    ).toEqual(direct.timeliness);
    expect(
      report.lateApplications.map((a) => a.id),
      label,
    ).toEqual(direct.lateIds);
    expect(report.stages, label).toEqual(direct.stages);
    const { booked, attended, noShow, cancelled, seatsBooked } = report.appointments;
    expect({ booked, attended, noShow, cancelled, seatsBooked }, label).toEqual(direct.appointments);
    expect(report.fees, label).toEqual(direct.fees);
  }
}

beforeAll(async () => {
  staff = await createUser(prisma, "STAFF");
  const first = await createSubmittedApplication(prisma, { documentCodes: [] });
  companyId = first.company.id;
  createdById = first.applicant.id;
  const slots = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      prisma.bookingSlot.create({ data: { startsAt: new Date(BASE + (20 + i * 9) * DAY + 4 * 3_600_000), capacity: 4 } }),
    ),
  );
  for (let i = 0; i < 90; i++) {
    const draft = i % 15 === 0;
    const submittedAt = draft ? null : instant(120);
    const status = draft ? "DRAFT" : pick(STATUSES);
    const statusChangedAt = submittedAt ? new Date(submittedAt.getTime() + Math.floor(random() * 30 * DAY)) : new Date(BASE);
    const dueDate =
      status === "COMPLETED" && random() < 0.85
        ? new Date(`${isoDateInTimeZone(new Date(statusChangedAt.getTime() + Math.floor((random() * 8 - 4) * DAY)))}T00:00:00Z`)
        : null;
    const application = await prisma.application.create({
      data: {
        number: draft ? null : `EC-2026-9${String(i).padStart(5, "0")}`,
        companyId,
        createdById,
        serviceCode: pick(SERVICES),
        status,
        submittedAt,
        statusChangedAt,
        dueDate,
      },
    });
    appIds.push(application.id);
    if (!draft && random() < 0.6) {
      const paid = random() < 0.6;
      const fee = pick([36_000_000, 10_000_000, 5_000_000]);
      await prisma.invoice.create({
        data: {
          number: `INV-S-${i}`,
          applicationId: application.id,
          serviceFeeTiyn: fee,
          stateDutyTiyn: 0,
          totalTiyn: fee,
          filedOn: new Date("2026-03-01"),
          issuedAt: new Date(submittedAt!.getTime() + 2 * DAY),
          status: paid ? "PAID" : "AWAITING_PAYMENT",
          paidAt: paid ? new Date(submittedAt!.getTime() + Math.floor(random() * 20 * DAY)) : null,
        },
      });
    }
    if (!draft && random() < 0.5) {
      const slot = pick(slots);
      await prisma.appointment.create({
        data: {
          applicationId: application.id,
          slotId: slot.id,
          startsAt: slot.startsAt,
          status: pick(["BOOKED", "ATTENDED", "NO_SHOW", "CANCELLED"] as const),
          seats: 1 + Math.floor(random() * 3),
        },
      });
    }
  }
  // Stage spans as the audit trigger keeps them, many in one statement (the statement trigger sums them).
  const spans = [];
  for (let i = 0; i < 600; i++) {
    const applicationId = pick(appIds.filter((_, k) => k % 15 !== 0));
    const startedAt = instant(120);
    // Durations from minutes to weeks, with exact repeats (ties) now and then.
    const seconds = random() < 0.1 ? 86_400 : Math.floor(Math.exp(random() * 14));
    spans.push({
      applicationId,
      serviceCode: pick(SERVICES),
      stage: pick(STAGES),
      startedAt,
      endedAt: new Date(startedAt.getTime() + seconds * 1000),
      seconds,
    });
  }
  await prisma.reportStageSpan.createMany({ data: spans });
  // The service of a span is its application's: keep them consistent for the per-service figures.
  await prisma.$executeRaw`UPDATE "ReportStageSpan" s SET "serviceCode" = a."serviceCode" FROM "Application" a WHERE a.id = s."applicationId"`;
}, 120_000);

describe("report summaries equal the figures computed from the source tables", () => {
  it("on the generated set, for whole months, ragged periods, one day and one service", async () => {
    const may = await getReport(staff, PERIODS[0]);
    expect(may.totals.received).toBeGreaterThan(10);
    expect(may.stages.filter((s) => s.count > 5).length).toBeGreaterThan(3);
    await expectSummaryEqualsDirect();
  });

  it("after status changes, back-dated completions, due-date edits and a deleted draft", async () => {
    const submitted = await prisma.application.findMany({
      where: { id: { in: appIds }, status: { in: ["SUBMITTED", "IN_REVIEW", "IN_PROCESSING"] } },
      take: 12,
    });
    for (const [k, app] of submitted.entries()) {
      // Completed, rejected or lapsed "in the past" (a correction entered later).
      await prisma.application.update({
        where: { id: app.id },
        data: {
          status: pick(["COMPLETED", "REJECTED", "LAPSED"] as const),
          statusChangedAt: new Date(BASE + (40 + k * 3) * DAY),
          dueDate: k % 2 ? new Date(`2026-04-${String(10 + k).padStart(2, "0")}T00:00:00Z`) : null,
        },
      });
    }
    await prisma.application.updateMany({
      where: { id: { in: appIds }, status: "COMPLETED" },
      data: { dueDate: new Date("2026-05-12T00:00:00Z") },
    });
    await prisma.application.updateMany({
      where: { id: { in: appIds }, status: "REJECTED" },
      data: { statusChangedAt: new Date("2026-05-31T19:30:00Z") },
    });
    await prisma.application.update({ where: { id: appIds[30] }, data: { submittedAt: new Date("2026-04-30T19:30:00Z") } });
    await prisma.application.delete({ where: { id: appIds[0] } });
    await expectSummaryEqualsDirect();
  });

  it("after payments confirmed and withdrawn, appointments cancelled and moved", async () => {
    const invoices = await prisma.invoice.findMany({ where: { applicationId: { in: appIds } }, orderBy: { number: "asc" } });
    for (const [k, invoice] of invoices.entries()) {
      if (k % 3 === 0)
        await prisma.invoice.update({ where: { id: invoice.id }, data: { status: "PAID", paidAt: new Date(BASE + (60 + k) * DAY) } });
      else if (k % 3 === 1) await prisma.invoice.update({ where: { id: invoice.id }, data: { status: "PAYMENT_REJECTED", paidAt: null } });
    }
    await prisma.invoice.update({
      where: { id: invoices[1].id },
      data: { issuedAt: new Date("2026-05-02T03:00:00Z"), serviceFeeTiyn: 1_000, totalTiyn: 1_000 },
    });
    const appointments = await prisma.appointment.findMany({ where: { applicationId: { in: appIds } }, orderBy: { id: "asc" } });
    const later = await prisma.bookingSlot.create({ data: { startsAt: new Date("2026-05-20T05:00:00Z"), capacity: 4 } });
    for (const [k, appointment] of appointments.entries()) {
      if (k % 4 === 0)
        await prisma.appointment.update({ where: { id: appointment.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
      if (k % 4 === 1)
        await prisma.appointment.update({ where: { id: appointment.id }, data: { slotId: later.id, startsAt: later.startsAt, seats: 2 } });
    }
    await expectSummaryEqualsDirect();
  });

  it("after stage spans are back-dated, shortened, removed and added, and stages change through the audit trail", async () => {
    const spans = await prisma.reportStageSpan.findMany({ where: { applicationId: { in: appIds } }, orderBy: { id: "asc" } });
    for (const [k, span] of spans.slice(0, 60).entries()) {
      const endedAt = new Date(span.startedAt.getTime() - (k + 1) * DAY);
      const startedAt = new Date(endedAt.getTime() - (k + 1) * 3_600_000);
      await prisma.reportStageSpan.update({ where: { id: span.id }, data: { startedAt, endedAt, seconds: (k + 1) * 3_600 } });
    }
    await prisma.reportStageSpan.deleteMany({ where: { id: { in: spans.slice(60, 90).map((s) => s.id) } } });
    await prisma.reportStageSpan.updateMany({ where: { id: { in: spans.slice(90, 140).map((s) => s.id) } }, data: { seconds: 42 } });
    // Stage changes at real time through the audit trigger: spans open, close and enter today's figures.
    const { application } = await createSubmittedApplication(prisma, { serviceCode: "TRP", documentCodes: [] });
    for (const [action, toStatus] of [
      ["SUBMIT", "SUBMITTED"],
      ["START_REVIEW", "IN_REVIEW"],
      ["REQUEST_CHANGES", "CHANGES_REQUESTED"],
      ["SUBMIT", "SUBMITTED"],
      ["START_REVIEW", "IN_REVIEW"],
      ["APPROVE_DOCUMENTS", "DOCUMENTS_APPROVED"],
    ]) {
      await prisma.auditEvent.create({
        data: { action, entityType: "Application", entityId: application.id, applicationId: application.id, toStatus },
      });
    }
    expect((await getReport(staff, { from: today, to: today, service: "TRP" })).stages.find((s) => s.stage === "IN_REVIEW")?.count).toBe(2);
    await expectSummaryEqualsDirect();
  });

  it("keeps no counter below zero", async () => {
    const negative = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT (SELECT count(*) FROM "ReportDailyTotal" WHERE LEAST(received, completed, "completedWithDeadline", "completedOnTime", rejected, withdrawn, lapsed,
        invoiced, paid, "appointmentsBooked", "appointmentsAttended", "appointmentsNoShow", "appointmentsCancelled", "seatsBooked") < 0)
        + (SELECT count(*) FROM "ReportStageHistogram" WHERE count < 0) AS n`;
    expect(Number(negative[0].n)).toBe(0);
  });
});

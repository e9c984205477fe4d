import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "@/lib/db/demo-accounts";
import { findSessionUser } from "@/lib/auth/data/users";
import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from "@/lib/notify/data/notifications";
import { getEmailPreferences, updateEmailPreferences } from "@/lib/notify/data/notification-preferences";
import { enqueueNotification, enqueueNotificationForStaff } from "@/lib/outbox/enqueue";
import { createMailer } from "@/lib/notify/mailer";
import { findMailboxEntry, listMailbox, readRawMessage } from "@/lib/notify/dev-mailbox";
import { processOutboxBatch } from "@/lib/notify/worker";

async function demoUser(role: "APPLICANT" | "STAFF" | "ADMIN") {
  const email = DEMO_ACCOUNTS.find((a) => a.role === role)!.email;
  const row = await prisma.user.findUniqueOrThrow({ where: { email } });
  return (await findSessionUser(row.id, row.sessionVersion))!;
}

const application = { applicationId: "app_9", applicationNumber: "EC-2026-000009", serviceCode: "WORK_VISA" };
const appointment = { ...application, startsAt: new Date("2026-05-04T05:00:00Z") };

describe("enqueueNotification", () => {
  it("writes the in-portal row and the e-mail in the caller's transaction, or neither", async () => {
    const user = await demoUser("APPLICANT");
    const before = await prisma.outbox.count();
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueNotification(tx, { kind: "DOCUMENTS_APPROVED", recipientUserId: user.id, payload: application });
        throw new Error("the change that caused it failed");
      }),
    ).rejects.toThrow("the change that caused it failed");
    expect(await prisma.outbox.count()).toBe(before);
    expect(await prisma.notification.count({ where: { userId: user.id, kind: "DOCUMENTS_APPROVED" } })).toBe(0);

    const result = await prisma.$transaction((tx) =>
      enqueueNotification(tx, { kind: "DOCUMENTS_APPROVED", recipientUserId: user.id, payload: application }),
    );
    const outbox = await prisma.outbox.findUniqueOrThrow({ where: { id: result!.outboxId! } });
    expect(outbox).toMatchObject({
      kind: "DOCUMENTS_APPROVED",
      toEmail: user.email,
      locale: "en",
      status: "PENDING",
      recipientId: user.id,
    });
  });

  it("refuses a malformed payload, failing the caller's transaction", async () => {
    const user = await demoUser("APPLICANT");
    await expect(
      prisma.$transaction((tx) =>
        enqueueNotification(tx, { kind: "REJECTED", recipientUserId: user.id, payload: { ...application, reason: "" } }),
      ),
    ).rejects.toThrow();
  });

  it("skips the e-mail of an optional kind the user turned off, but never a mandatory one", async () => {
    const user = await demoUser("APPLICANT");
    await updateEmailPreferences(user, { enabledKinds: [] });
    const [reminder, cancelled] = await prisma.$transaction(async (tx) => [
      await enqueueNotification(tx, { kind: "APPOINTMENT_REMINDER", recipientUserId: user.id, payload: appointment }),
      await enqueueNotification(tx, { kind: "APPOINTMENT_CANCELLED", recipientUserId: user.id, payload: appointment }),
    ]);
    expect(reminder).toMatchObject({ outboxId: null });
    expect(reminder!.notificationId).toBeTruthy();
    expect(cancelled!.outboxId).toBeTruthy();
  });

  it("sends nothing to a deactivated user", async () => {
    const staff = await demoUser("STAFF");
    const extra = await prisma.user.create({
      data: { email: "former@demo.aifc.kz", passwordHash: "x", name: "Former", role: "STAFF", isActive: false },
    });
    const results = await prisma.$transaction((tx) =>
      enqueueNotificationForStaff(tx, {
        kind: "APPLICATION_RECEIVED_STAFF",
        payload: { ...application, companyName: "Demo Capital Partners Ltd." },
      }),
    );
    expect(results).toHaveLength(1);
    expect(await prisma.notification.count({ where: { userId: extra.id } })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: staff.id, kind: "APPLICATION_RECEIVED_STAFF" } })).toBe(1);
  });
});

describe("in-portal notifications", () => {
  it("are counted, listed and marked read only by their owner", async () => {
    const applicant = await demoUser("APPLICANT");
    const staff = await demoUser("STAFF");
    await markAllNotificationsRead(applicant);
    const { notificationId } = (await prisma.$transaction((tx) =>
      enqueueNotification(tx, {
        kind: "CHANGES_REQUESTED",
        recipientUserId: applicant.id,
        payload: { ...application, documents: [{ code: "PASSPORT_COPY", comment: "The copy is blurred" }] },
      }),
    ))!;
    expect(await countUnreadNotifications(applicant)).toBe(1);
    const [newest] = await listNotifications(applicant);
    expect(newest).toMatchObject({ id: notificationId, isRead: false, notification: { kind: "CHANGES_REQUESTED" } });

    // Someone else's id matches nothing, whoever asks.
    expect(await markNotificationRead(staff, notificationId)).toBe(false);
    expect((await listNotifications(staff)).some((n) => n.id === notificationId)).toBe(false);
    expect(await countUnreadNotifications(applicant)).toBe(1);

    expect(await markNotificationRead(applicant, notificationId)).toBe(true);
    expect(await markNotificationRead(applicant, notificationId)).toBe(false);
    expect(await countUnreadNotifications(applicant)).toBe(0);
  });

  it("show a row whose payload no longer fits its kind as unavailable instead of failing the page", async () => {
    const applicant = await demoUser("APPLICANT");
    await prisma.notification.create({ data: { userId: applicant.id, kind: "COMPLETED", payload: { unexpected: true } } });
    const [newest] = await listNotifications(applicant);
    expect(newest.notification).toBeNull();
  });
});

describe("e-mail preferences", () => {
  it("list the kinds of the user's role, with the mandatory ones always on", async () => {
    const applicant = await demoUser("APPLICANT");
    const prefs = await updateEmailPreferences(applicant, {
      enabledKinds: ["VISA_EXTENSION_WINDOW_OPENS", "REJECTED", "APPLICATION_RECEIVED_STAFF", "NONSENSE"],
    });
    const byKind = Object.fromEntries(prefs.map((p) => [p.kind, p]));
    expect(byKind.REJECTED).toEqual({ kind: "REJECTED", isMandatory: true, isEnabled: true });
    expect(byKind.APPOINTMENT_REMINDER).toMatchObject({ isMandatory: false, isEnabled: false });
    expect(byKind.VISA_EXTENSION_WINDOW_OPENS).toMatchObject({ isEnabled: true });
    expect(byKind.APPLICATION_RECEIVED_STAFF).toBeUndefined();
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: applicant.id }, select: { emailOptOuts: true } });
    expect(stored.emailOptOuts.sort()).toEqual([
      "APPOINTMENT_REMINDER",
      "CHANGES_DEADLINE_REMINDER",
      "PEOPLE_DIGEST",
      "VISA_EXTENSION_WINDOW_CLOSED",
      "VISA_EXTENSION_WINDOW_CLOSING_SOON",
    ]);

    const staffPrefs = await getEmailPreferences(await demoUser("STAFF"));
    expect(staffPrefs).toEqual([{ kind: "APPLICATION_RECEIVED_STAFF", isMandatory: false, isEnabled: true }]);
    expect(await getEmailPreferences(await demoUser("ADMIN"))).toEqual([]);
  });
});

describe("the development mailbox", () => {
  it("receives the raw message and a summary when no SMTP server is configured", async () => {
    const applicant = await demoUser("APPLICANT");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "expat-mail-"));
    // Only this test's message in the outbox, whatever the other tests left pending.
    await prisma.outbox.deleteMany();
    try {
      const { outboxId } = (await prisma.$transaction((tx) =>
        enqueueNotification(tx, {
          kind: "APPOINTMENT_BOOKED",
          recipientUserId: applicant.id,
          payload: { ...appointment, ics: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n" },
        }),
      ))!;
      const mailer = createMailer({ smtpUrl: undefined, from: '"AIFC Expat Centre" <no-reply@aifc.kz>', mailDir: dir });
      await processOutboxBatch({ mailer });
      const entries = await listMailbox(dir);
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry).toMatchObject({ id: outboxId, to: applicant.email, kind: "APPOINTMENT_BOOKED", attachments: ["invite.ics"] });
      expect(entry.subject).toBe("Appointment booked for 4 May 2026, 10:00");
      const raw = (await readRawMessage(dir, outboxId!))!.toString("utf8");
      expect(raw).toMatch(/^Content-Type: multipart\/mixed/m);
      expect(raw).toContain("\r\n");
      expect(raw).toMatch(/filename=invite\.ics/);
      expect(await findMailboxEntry(dir, "../../etc/passwd")).toBeNull();
      expect(await readRawMessage(dir, "..")).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

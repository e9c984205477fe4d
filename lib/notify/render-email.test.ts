import { describe, expect, it } from "vitest";
import { locales } from "@/lib/kernel/locales";
import { NOTIFICATION_KINDS, parseNotification, type AnyNotification, type NotificationKind } from "@/lib/outbox/kinds";
import { escapeHtml, renderEmail } from "./render-email";

const ORIGIN = "https://portal.example.kz";
const application = { applicationId: "app_1", applicationNumber: "EC-2026-000123", serviceCode: "WORK_VISA" };
const visa = {
  personId: "p_1",
  personName: "John Smith",
  visaExpiresOn: "2026-04-10",
  windowOpensOn: "2026-02-23",
  windowClosesOn: "2026-04-03",
};
const appointment = { ...application, startsAt: "2026-05-04T05:00:00.000Z" };

const SAMPLES: { [K in NotificationKind]: unknown } = {
  APPLICATION_SUBMITTED: { ...application, serviceFeeTiyn: 47_000_000, stateDutyTiyn: 1_297_500, stateDutyMrp: 3, totalTiyn: 48_297_500 },
  APPLICATION_RECEIVED_STAFF: { ...application, companyName: "Demo Capital Partners Ltd." },
  CHANGES_REQUESTED: {
    ...application,
    documents: [{ code: "PASSPORT_COPY", reasonCode: "EXPIRED_PASSPORT", comment: "Page 2 is missing" }],
  },
  DOCUMENTS_APPROVED: application,
  APPOINTMENT_BOOKED: { ...appointment, ics: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n" },
  APPOINTMENT_RESCHEDULED: { ...appointment, previousStartsAt: "2026-05-01T05:00:00.000Z" },
  APPOINTMENT_CANCELLED: appointment,
  APPOINTMENT_REMINDER: appointment,
  ORIGINALS_RECEIVED: { ...application, dueDate: "2026-06-01" },
  COMPLETED: application,
  REJECTED: { ...application, reason: "The employer is not an AIFC participant" },
  INVOICE_ISSUED: { ...application, invoiceNumber: "INV-2026-000001", totalTiyn: 48_297_500 },
  PAYMENT_CONFIRMED: { ...application, invoiceNumber: "INV-2026-000001", totalTiyn: 48_297_500 },
  PAYMENT_REJECTED: { ...application, invoiceNumber: "INV-2026-000001", totalTiyn: 48_297_500, reason: "The amount does not match" },
  APPOINTMENT_CONFIRMATION_NEEDED: { ...appointment, confirmBy: "2026-05-03T05:00:00.000Z" },
  APPOINTMENT_RELEASED: appointment,
  VISA_EXTENSION_WINDOW_OPENS: visa,
  VISA_EXTENSION_WINDOW_CLOSING_SOON: visa,
  VISA_EXTENSION_WINDOW_CLOSED: visa,
  CHANGES_DEADLINE_REMINDER: { ...application, dueOn: "2026-05-04", daysLeft: 7 },
  CHANGES_DEADLINE_EXTENDED: { ...application, dueOn: "2026-05-20", reason: "The embassy needs more time" },
  APPLICATION_LAPSED: { ...application, dueOn: "2026-05-04" },
  APPLICATION_REOPENED: { ...application, dueOn: "2026-06-04", reason: "The new passport has arrived" },
  PEOPLE_DIGEST: { items: [{ personId: "p_1", personName: "John Smith", kind: "EXTENSION_WINDOW_OPEN", dueOn: "2026-04-03" }], more: 0 },
  COMPANY_INVITATION: {
    companyName: "Demo Capital Partners Ltd.",
    inviterName: "Aigerim",
    role: "MEMBER",
    token: "t".repeat(43),
    expiresAt: "2026-05-04T05:00:00.000Z",
  },
  ACCOUNT_VERIFY_EMAIL: { token: "tok_abcdefghijklmnopqrstuvwxyz", validHours: 48 },
  ACCOUNT_REGISTRATION_ATTEMPT: {},
  ACCOUNT_BIN_ALREADY_REGISTERED: { bin: "180340021791" },
  COMPANY_VERIFIED: { companyName: "Demo Capital Partners Ltd." },
  COMPANY_REFUSED: { companyName: "Demo Capital Partners Ltd.", reason: "Not in the AIFC register" },
};

function sample(kind: NotificationKind): AnyNotification {
  return parseNotification(kind, SAMPLES[kind]);
}

describe("e-mail templates", () => {
  for (const locale of locales) {
    it(`render every kind in ${locale} with a subject, both bodies and an absolute link`, () => {
      for (const kind of NOTIFICATION_KINDS) {
        const email = renderEmail(sample(kind), { locale, recipientName: "Aigerim", origin: ORIGIN });
        expect(email.subject.length, kind).toBeGreaterThan(5);
        expect(email.text, kind).toContain("Aigerim");
        expect(email.html, kind).toMatch(/^<!doctype html>/);
        expect(email.text, kind).toContain(`${ORIGIN}${locale === "en" ? "" : `/${locale}`}/`);
      }
    });
  }

  it("write the receipt in Russian with the number, the fee breakdown and the MRP count", () => {
    const email = renderEmail(sample("APPLICATION_SUBMITTED"), { locale: "ru", recipientName: "Айгерим", origin: ORIGIN });
    expect(email.subject).toBe("Заявка EC-2026-000123 получена");
    expect(email.text).toContain("Здравствуйте, Айгерим!");
    // Two payees, never summed (guide L129: proof of paying the duty to the state; 6.P1).
    expect(email.text).toContain("Сервисный сбор (по счёту Экспат-центра): 470\u00a0000\u00a0KZT");
    expect(email.text).toContain("Госпошлина (оплачивается вами в бюджет; загрузите квитанцию): 12\u00a0975\u00a0KZT (3 МРП)");
    expect(email.text).not.toContain("482\u00a0975");
    expect(email.text).toContain(`${ORIGIN}/ru/portal/applications/app_1`);
  });

  it("give English links no locale prefix", () => {
    const email = renderEmail(sample("DOCUMENTS_APPROVED"), { locale: "en", recipientName: "A", origin: ORIGIN });
    expect(email.text).toContain(`${ORIGIN}/portal/applications/app_1/appointment`);
  });

  it("show appointment times in Astana time", () => {
    const email = renderEmail(sample("APPOINTMENT_BOOKED"), { locale: "en", recipientName: "A", origin: ORIGIN });
    expect(email.subject).toBe("Appointment booked for 4 May 2026, 10:00");
  });

  it("name the originals to hand in at the visit in the booking e-mail (6.P4)", () => {
    const booked = { ...(SAMPLES.APPOINTMENT_BOOKED as object), originals: ["PASSPORT_ORIGINAL", "VISA_APPLICATION_FORM"] };
    const email = renderEmail({ ...sample("APPOINTMENT_BOOKED"), payload: booked } as never, {
      locale: "en",
      recipientName: "A",
      origin: ORIGIN,
    });
    expect(email.text).toMatch(/Hand in the original: .*passport/i);
  });

  it("attach the calendar with its iTIP method", () => {
    const email = renderEmail(sample("APPOINTMENT_BOOKED"), { locale: "kk", recipientName: "A", origin: ORIGIN });
    expect(email.attachments).toEqual([
      {
        filename: "invite.ics",
        content: (SAMPLES.APPOINTMENT_BOOKED as { ics: string }).ics,
        contentType: "text/calendar; charset=utf-8; method=REQUEST",
      },
    ]);
  });

  it("offer the preferences link only in optional e-mails", () => {
    const optional = renderEmail(sample("APPOINTMENT_REMINDER"), { locale: "en", recipientName: "A", origin: ORIGIN });
    const mandatory = renderEmail(sample("REJECTED"), { locale: "en", recipientName: "A", origin: ORIGIN });
    expect(optional.text).toContain(`${ORIGIN}/profile`);
    expect(mandatory.text).not.toContain(`${ORIGIN}/profile`);
  });
});

describe("escaping", () => {
  const hostile = '<script>alert("x")</script> & Co\'s';

  it("escapes every interpolated value in the HTML part", () => {
    const notification = parseNotification("VISA_EXTENSION_WINDOW_OPENS", { ...visa, personName: hostile });
    const email = renderEmail(notification, { locale: "en", recipientName: '<img src=x onerror="alert(1)">', origin: ORIGIN });
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<img");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&#39;s");
    // The plain-text part is not HTML: it keeps the text as the user typed it.
    expect(email.text).toContain(hostile);
  });

  it("escapes comments from reviewers and reasons", () => {
    const notification = parseNotification("CHANGES_REQUESTED", {
      ...application,
      documents: [{ code: "PASSPORT_COPY", comment: "</li><a href=//evil>" }],
    });
    expect(renderEmail(notification, { locale: "ru", recipientName: "A", origin: ORIGIN }).html).toContain(
      "&lt;/li&gt;&lt;a href=//evil&gt;",
    );
  });

  it("keeps the subject on one line", () => {
    const notification = parseNotification("VISA_EXTENSION_WINDOW_OPENS", { ...visa, personName: "John\r\nBcc: victim@example.com" });
    expect(renderEmail(notification, { locale: "en", recipientName: "A", origin: ORIGIN }).subject).not.toMatch(/[\r\n]/);
  });

  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });
});

describe("payload validation", () => {
  it("refuses a payload that does not match its kind", () => {
    expect(() => parseNotification("APPLICATION_SUBMITTED", application)).toThrow();
    expect(() => parseNotification("NO_SUCH_KIND", {})).toThrow(/Unknown notification kind/);
  });
  it("stores Date arguments as ISO strings", () => {
    const parsed = parseNotification("ORIGINALS_RECEIVED", { ...application, dueDate: new Date("2026-06-01T00:00:00Z") });
    expect(parsed.payload).toMatchObject({ dueDate: "2026-06-01" });
  });
});

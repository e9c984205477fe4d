import { formatCalendarDate, formatCentreDateTime, formatKzt, formatMrp } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import type { AnyNotification, NotificationPayload } from "@/lib/outbox/kinds";
import { NOTIFY_PATHS } from "./links";
import { documentName, notificationsTranslator, reviewReason, serviceTitle, type Translate } from "./translate";

/**
 * One notification in words, independent of the channel: the e-mail renderer and the in-portal
 * list both draw from it, so the two never tell different stories. Texts are plain (no markup);
 * each channel escapes them for its own format.
 */
export type NotificationContent = {
  subject: string;
  summary: string;
  body: string;
  facts: { label: string; value: string }[];
  /** A bulleted list (the documents to replace). */
  items: string[];
  /** Locale-free portal path (lib/notify/links.ts). */
  action: { label: string; path: string } | null;
  /** An RFC 5545 calendar to attach to the e-mail. */
  ics: string | null;
};

type ApplicationPayload = NotificationPayload<"DOCUMENTS_APPROVED">;

function applicationFacts(t: Translate, p: ApplicationPayload, locale: Locale) {
  return [
    { label: t("facts.applicationNumber"), value: p.applicationNumber },
    { label: t("facts.service"), value: serviceTitle(p.serviceCode, locale) },
  ];
}

function documentLine(t: Translate, doc: NotificationPayload<"CHANGES_REQUESTED">["documents"][number], locale: Locale): string {
  const document = documentName(doc.code, locale);
  if (doc.reasonCode && doc.comment)
    return t("documentChangeWithComment", { document, reason: reviewReason(doc.reasonCode, locale), comment: doc.comment });
  if (doc.reasonCode) return t("documentChange", { document, reason: reviewReason(doc.reasonCode, locale) });
  if (doc.comment) return t("documentChangeCommentOnly", { document, comment: doc.comment });
  return t("documentChangeNoReason", { document });
}

export function describeNotification(notification: AnyNotification, locale: Locale): NotificationContent {
  const t = notificationsTranslator(locale);
  const date = (iso: string) => formatCalendarDate(new Date(`${iso}T00:00:00Z`), locale);
  const time = (iso: string) => formatCentreDateTime(new Date(iso), locale);
  const base = (key: string, values: Record<string, string | number>) => ({
    subject: t(`messages.${key}.subject`, values),
    summary: t(`messages.${key}.summary`, values),
    body: t(`messages.${key}.body`, values),
    facts: [] as NotificationContent["facts"],
    items: [] as string[],
    action: null as NotificationContent["action"],
    ics: null as string | null,
  });

  switch (notification.kind) {
    case "APPLICATION_SUBMITTED": {
      const p = notification.payload;
      const duty = formatKzt(p.stateDutyTiyn, locale);
      return {
        ...base(notification.kind, { number: p.applicationNumber, service: serviceTitle(p.serviceCode, locale) }),
        facts: [
          ...applicationFacts(t, p, locale),
          // Two payees (6.P1): the centre invoices the fee; the duty is paid to the state budget.
          { label: t("facts.serviceFeeToCentre"), value: formatKzt(p.serviceFeeTiyn, locale) },
          ...(p.stateDutyTiyn > 0
            ? [
                {
                  label: t("facts.stateDutyToState"),
                  value:
                    p.stateDutyMrp === undefined
                      ? duty
                      : t("facts.stateDutyWithMrp", { amount: duty, mrp: formatMrp(Math.round(p.stateDutyMrp * 10), locale) }),
                },
              ]
            : []),
        ],
        action: { label: t("actions.viewApplication"), path: NOTIFY_PATHS.application(p.applicationId) },
      };
    }
    case "APPLICATION_RECEIVED_STAFF": {
      const p = notification.payload;
      return {
        ...base(notification.kind, { number: p.applicationNumber, service: serviceTitle(p.serviceCode, locale), company: p.companyName }),
        facts: [...applicationFacts(t, p, locale), { label: t("facts.company"), value: p.companyName }],
        action: { label: t("actions.reviewApplication"), path: NOTIFY_PATHS.staffApplication(p.applicationId) },
      };
    }
    case "CHANGES_REQUESTED": {
      const p = notification.payload;
      return {
        ...base(notification.kind, { number: p.applicationNumber, count: p.documents.length }),
        facts: applicationFacts(t, p, locale),
        items: p.documents.map((doc) => documentLine(t, doc, locale)),
        ...(p.dueOn ? { facts: [...applicationFacts(t, p, locale), { label: t("facts.changesDueOn"), value: date(p.dueOn) }] } : {}),
        action: { label: t("actions.uploadDocuments"), path: NOTIFY_PATHS.application(p.applicationId) },
      };
    }
    case "CHANGES_DEADLINE_REMINDER":
    case "CHANGES_DEADLINE_EXTENDED":
    case "APPLICATION_LAPSED":
    case "APPLICATION_REOPENED": {
      const p = notification.payload;
      const reason = "reason" in p ? p.reason : null;
      const daysLeft = "daysLeft" in p ? p.daysLeft : 0;
      return {
        ...base(notification.kind, { number: p.applicationNumber, dueOn: date(p.dueOn), days: daysLeft }),
        facts: [
          ...applicationFacts(t, p, locale),
          { label: t("facts.changesDueOn"), value: date(p.dueOn) },
          ...(reason ? [{ label: t("facts.reason"), value: reason }] : []),
        ],
        action: {
          label: t(notification.kind === "APPLICATION_LAPSED" ? "actions.viewApplication" : "actions.uploadDocuments"),
          path: NOTIFY_PATHS.application(p.applicationId),
        },
      };
    }
    case "PEOPLE_DIGEST": {
      const p = notification.payload;
      return {
        ...base(notification.kind, { count: p.items.length + p.more }),
        items: [
          ...p.items.map((item) =>
            t("digestLine", { person: item.personName, what: t(`deadlineKinds.${item.kind}`), date: date(item.dueOn) }),
          ),
          ...(p.more ? [t("digestMore", { count: p.more })] : []),
        ],
        action: { label: t("actions.viewPeople"), path: NOTIFY_PATHS.people() },
      };
    }
    case "COMPANY_INVITATION": {
      const p = notification.payload;
      const role = t(`companyRoles.${p.role}`);
      return {
        ...base(notification.kind, { company: p.companyName, inviter: p.inviterName, role, expires: time(p.expiresAt) }),
        facts: [
          { label: t("facts.company"), value: p.companyName },
          { label: t("facts.role"), value: role },
          { label: t("facts.expiresAt"), value: time(p.expiresAt) },
        ],
        action: { label: t("actions.acceptInvitation"), path: NOTIFY_PATHS.invitation(p.token) },
      };
    }
    case "DOCUMENTS_APPROVED": {
      const p = notification.payload;
      return {
        ...base(notification.kind, { number: p.applicationNumber }),
        facts: applicationFacts(t, p, locale),
        action: { label: t("actions.bookAppointment"), path: NOTIFY_PATHS.booking(p.applicationId) },
      };
    }
    case "APPOINTMENT_BOOKED":
    case "APPOINTMENT_RESCHEDULED":
    case "APPOINTMENT_CANCELLED":
    case "APPOINTMENT_REMINDER": {
      const p = notification.payload;
      const previous = notification.kind === "APPOINTMENT_RESCHEDULED" ? notification.payload.previousStartsAt : undefined;
      const isCancelled = notification.kind === "APPOINTMENT_CANCELLED";
      return {
        ...base(notification.kind, { number: p.applicationNumber, date: time(p.startsAt) }),
        facts: [
          ...applicationFacts(t, p, locale),
          ...(previous ? [{ label: t("facts.previousStartsAt"), value: time(previous) }] : []),
          { label: t("facts.startsAt"), value: time(p.startsAt) },
          ...(isCancelled ? [] : [{ label: t("facts.address"), value: t("facts.addressValue") }]),
        ],
        items: isCancelled ? [] : (p.originals ?? []).map((code) => t("bringItem", { document: documentName(code, locale) })),
        action: isCancelled
          ? { label: t("actions.bookAppointment"), path: NOTIFY_PATHS.booking(p.applicationId) }
          : { label: t("actions.viewAppointment"), path: NOTIFY_PATHS.booking(p.applicationId) },
        ics: p.ics ?? null,
      };
    }
    case "INVOICE_ISSUED":
    case "PAYMENT_CONFIRMED":
    case "PAYMENT_REJECTED": {
      const p = notification.payload;
      const reason = notification.kind === "PAYMENT_REJECTED" ? notification.payload.reason : undefined;
      const total = formatKzt(p.totalTiyn, locale);
      return {
        ...base(notification.kind, { number: p.applicationNumber, invoice: p.invoiceNumber, total }),
        facts: [
          ...applicationFacts(t, p, locale),
          { label: t("facts.invoiceNumber"), value: p.invoiceNumber },
          { label: t("facts.invoiceAmount"), value: total },
          ...(reason ? [{ label: t("facts.reason"), value: reason }] : []),
        ],
        action:
          notification.kind === "PAYMENT_CONFIRMED"
            ? { label: t("actions.bookAppointment"), path: NOTIFY_PATHS.booking(p.applicationId) }
            : { label: t("actions.viewInvoice"), path: NOTIFY_PATHS.invoice(p.applicationId) },
      };
    }
    case "APPOINTMENT_CONFIRMATION_NEEDED":
    case "APPOINTMENT_RELEASED": {
      const p = notification.payload;
      const confirmBy = notification.kind === "APPOINTMENT_CONFIRMATION_NEEDED" ? notification.payload.confirmBy : undefined;
      return {
        ...base(notification.kind, { number: p.applicationNumber, date: time(p.startsAt), confirmBy: confirmBy ? time(confirmBy) : "" }),
        facts: [
          ...applicationFacts(t, p, locale),
          { label: t("facts.startsAt"), value: time(p.startsAt) },
          ...(confirmBy ? [{ label: t("facts.confirmBy"), value: time(confirmBy) }] : []),
        ],
        action: confirmBy
          ? { label: t("actions.confirmAppointment"), path: NOTIFY_PATHS.booking(p.applicationId) }
          : { label: t("actions.bookAppointment"), path: NOTIFY_PATHS.booking(p.applicationId) },
        ics: null,
      };
    }
    case "ORIGINALS_RECEIVED": {
      const p = notification.payload;
      return {
        ...base(notification.kind, { number: p.applicationNumber, dueDate: date(p.dueDate) }),
        facts: [...applicationFacts(t, p, locale), { label: t("facts.dueDate"), value: date(p.dueDate) }],
        action: { label: t("actions.viewApplication"), path: NOTIFY_PATHS.application(p.applicationId) },
      };
    }
    case "COMPLETED": {
      const p = notification.payload;
      return {
        ...base(notification.kind, { number: p.applicationNumber, service: serviceTitle(p.serviceCode, locale) }),
        facts: applicationFacts(t, p, locale),
        action: { label: t("actions.viewResult"), path: NOTIFY_PATHS.application(p.applicationId) },
      };
    }
    case "REJECTED": {
      const p = notification.payload;
      return {
        ...base(notification.kind, { number: p.applicationNumber, service: serviceTitle(p.serviceCode, locale) }),
        facts: [...applicationFacts(t, p, locale), { label: t("facts.reason"), value: p.reason }],
        action: { label: t("actions.viewApplication"), path: NOTIFY_PATHS.application(p.applicationId) },
      };
    }
    case "VISA_EXTENSION_WINDOW_OPENS":
    case "VISA_EXTENSION_WINDOW_CLOSING_SOON":
    case "VISA_EXTENSION_WINDOW_CLOSED": {
      const p = notification.payload;
      const values = { person: p.personName, expiry: date(p.visaExpiresOn), opens: date(p.windowOpensOn), closes: date(p.windowClosesOn) };
      return {
        ...base(notification.kind, values),
        facts: [
          { label: t("facts.person"), value: p.personName },
          { label: t("facts.visaExpiresOn"), value: values.expiry },
          { label: t("facts.windowOpensOn"), value: values.opens },
          { label: t("facts.windowClosesOn"), value: values.closes },
        ],
        action: { label: t("actions.viewPerson"), path: NOTIFY_PATHS.person(p.personId) },
      };
    }
    case "ACCOUNT_VERIFY_EMAIL": {
      const p = notification.payload;
      return {
        ...base(notification.kind, { hours: p.validHours }),
        action: { label: t("actions.confirmEmail"), path: NOTIFY_PATHS.verifyEmail(p.token) },
      };
    }
    case "ACCOUNT_REGISTRATION_ATTEMPT":
      return { ...base(notification.kind, {}), action: { label: t("actions.signIn"), path: NOTIFY_PATHS.signIn() } };
    case "ACCOUNT_BIN_ALREADY_REGISTERED":
      return {
        ...base(notification.kind, { bin: notification.payload.bin }),
        facts: [{ label: t("facts.bin"), value: notification.payload.bin }],
        action: { label: t("actions.signIn"), path: NOTIFY_PATHS.signIn() },
      };
    case "COMPANY_VERIFIED":
      return {
        ...base(notification.kind, { company: notification.payload.companyName }),
        action: { label: t("actions.openPortal"), path: NOTIFY_PATHS.portal() },
      };
    case "COMPANY_REFUSED": {
      const p = notification.payload;
      return {
        ...base(notification.kind, { company: p.companyName }),
        facts: [{ label: t("facts.reason"), value: p.reason }],
        action: { label: t("actions.openPortal"), path: NOTIFY_PATHS.portal() },
      };
    }
  }
}

import { z } from "zod";

// Every notification the portal sends, with the payload each one carries. The payload is stored
// as JSON (Outbox.payload, Notification.payload) and rendered later, in the reader's language, so
// it holds facts (numbers, codes, dates), never finished sentences.

/** An instant (appointment time): a Date from the caller, an ISO string once stored. */
const instant = z.union([z.date(), z.iso.datetime({ offset: true })]).transform((v) => (typeof v === "string" ? v : v.toISOString()));
/** A calendar date (stored as midnight UTC, lib/kernel/format.ts): "2026-05-04" once stored. */
const calendarDate = z.union([z.date(), z.iso.date()]).transform((v) => (typeof v === "string" ? v : v.toISOString().slice(0, 10)));
const tiyn = z.number().int().nonnegative();
const text = z.string().trim().min(1).max(2000);

const application = {
  applicationId: z.string().min(1),
  applicationNumber: z.string().min(1),
  /** Catalog code; the service's title comes from the catalog messages. */
  serviceCode: z.string().min(1),
};

const appointment = {
  ...application,
  startsAt: instant,
  /** An RFC 5545 calendar (lib/booking/ics.ts), attached to the e-mail as invite.ics. */
  ics: z.string().max(20_000).optional(),
  /** Catalog codes of the originals to hand in at the visit (lib/booking/originals-to-bring.ts). */
  originals: z.array(z.string().min(1).max(80)).max(60).optional(),
};

const invoice = { ...application, invoiceNumber: z.string().min(1), totalTiyn: tiyn };

const visaExpiry = {
  personId: z.string().min(1),
  personName: text,
  visaExpiresOn: calendarDate,
  /** The first and last day an extension may be filed (30 and 5 working days before expiry). */
  windowOpensOn: calendarDate,
  windowClosesOn: calendarDate,
};

/**
 * One definition per notification kind: who receives it (staff are told about new work, applicants
 * about their company's matters; NONE: sent to an address or about the account itself, never listed
 * among a user's preferences), whether its e-mail is mandatory (docs/decisions/005: a change of
 * status, or an obligation or deadline that follows from one, reaches the applicant even if they
 * never open the portal; reminders and courtesy warnings may be turned off), and the payload it
 * carries. How it reads is `describeNotification` in content.ts, whose switch the type checker holds
 * to exactly these kinds; its texts are messages.<KIND> in messages/notifications/*.json.
 */
type NotificationDefinition = { audience: "APPLICANT" | "STAFF" | "NONE"; mandatoryEmail: boolean; payload: z.ZodType };

export const NOTIFICATION_DEFINITIONS = {
  /** Applicant's receipt: the fee breakdown is the tariff snapshot taken at submission. */
  APPLICATION_SUBMITTED: {
    audience: "APPLICANT",
    mandatoryEmail: true,
    payload: z.object({
      ...application,
      serviceFeeTiyn: tiyn,
      stateDutyTiyn: tiyn,
      /** The state duty in MRP, shown beside its KZT value as the guide prints it. */
      stateDutyMrp: z.number().nonnegative().optional(),
      /** What the Expat Centre will invoice: the service fee (the duty goes to the state, 6.P1). */
      totalTiyn: tiyn,
    }),
  },
  APPLICATION_RECEIVED_STAFF: { audience: "STAFF", mandatoryEmail: false, payload: z.object({ ...application, companyName: text }) },
  CHANGES_REQUESTED: {
    audience: "APPLICANT",
    mandatoryEmail: true,
    payload: z.object({
      ...application,
      /** Issue 17: the last day to answer (absent in rows written before deadlines existed). */
      dueOn: calendarDate.optional(),
      documents: z.array(z.object({ code: z.string().min(1), reasonCode: z.string().min(1).optional(), comment: text.optional() })).min(1),
    }),
  },
  DOCUMENTS_APPROVED: { audience: "APPLICANT", mandatoryEmail: true, payload: z.object(application) },
  APPOINTMENT_BOOKED: { audience: "APPLICANT", mandatoryEmail: true, payload: z.object(appointment) },
  APPOINTMENT_RESCHEDULED: {
    audience: "APPLICANT",
    mandatoryEmail: true,
    payload: z.object({ ...appointment, previousStartsAt: instant.optional() }),
  },
  APPOINTMENT_CANCELLED: { audience: "APPLICANT", mandatoryEmail: true, payload: z.object(appointment) },
  APPOINTMENT_REMINDER: { audience: "APPLICANT", mandatoryEmail: false, payload: z.object(appointment) },
  ORIGINALS_RECEIVED: { audience: "APPLICANT", mandatoryEmail: true, payload: z.object({ ...application, dueDate: calendarDate }) },
  COMPLETED: { audience: "APPLICANT", mandatoryEmail: true, payload: z.object(application) },
  REJECTED: { audience: "APPLICANT", mandatoryEmail: true, payload: z.object({ ...application, reason: text }) },
  /** Issue 8: the invoice for the frozen tariff, payment confirmed or rejected, appointment confirmation. */
  INVOICE_ISSUED: { audience: "APPLICANT", mandatoryEmail: true, payload: z.object(invoice) },
  PAYMENT_CONFIRMED: { audience: "APPLICANT", mandatoryEmail: true, payload: z.object(invoice) },
  PAYMENT_REJECTED: { audience: "APPLICANT", mandatoryEmail: true, payload: z.object({ ...invoice, reason: text }) },
  /** Sent before the appointment: confirm by `confirmBy` or the place is released. */
  APPOINTMENT_CONFIRMATION_NEEDED: {
    audience: "APPLICANT",
    mandatoryEmail: true,
    payload: z.object({ ...appointment, confirmBy: instant }),
  },
  /** The appointment was not confirmed in time and was released; the applicant may book again. */
  APPOINTMENT_RELEASED: { audience: "APPLICANT", mandatoryEmail: true, payload: z.object(appointment) },
  VISA_EXTENSION_WINDOW_OPENS: { audience: "APPLICANT", mandatoryEmail: false, payload: z.object(visaExpiry) },
  VISA_EXTENSION_WINDOW_CLOSING_SOON: { audience: "APPLICANT", mandatoryEmail: false, payload: z.object(visaExpiry) },
  VISA_EXTENSION_WINDOW_CLOSED: { audience: "APPLICANT", mandatoryEmail: false, payload: z.object(visaExpiry) },
  /** Issue 17: the deadline on a request for changes. */
  CHANGES_DEADLINE_REMINDER: {
    audience: "APPLICANT",
    mandatoryEmail: false,
    payload: z.object({ ...application, dueOn: calendarDate, daysLeft: z.number().int().nonnegative() }),
  },
  CHANGES_DEADLINE_EXTENDED: {
    audience: "APPLICANT",
    mandatoryEmail: true,
    payload: z.object({ ...application, dueOn: calendarDate, reason: text }),
  },
  APPLICATION_LAPSED: { audience: "APPLICANT", mandatoryEmail: true, payload: z.object({ ...application, dueOn: calendarDate }) },
  APPLICATION_REOPENED: {
    audience: "APPLICANT",
    mandatoryEmail: true,
    payload: z.object({ ...application, dueOn: calendarDate, reason: text }),
  },
  /** Weekly, to company administrators: what falls due in the next 60 days. */
  PEOPLE_DIGEST: {
    audience: "APPLICANT",
    mandatoryEmail: false,
    payload: z.object({
      items: z
        .array(
          z.object({
            personId: z.string().min(1),
            personName: text,
            kind: z.string().min(1),
            dueOn: calendarDate,
            applicationNumber: z.string().nullable().optional(),
          }),
        )
        .min(1)
        .max(200),
      more: z.number().int().nonnegative().default(0),
    }),
  },
  /**
   * An invitation to join a company, sent to an address that has no account yet (so no
   * in-portal notification). The token is the only copy outside the database's hash of it.
   */
  COMPANY_INVITATION: {
    audience: "NONE",
    mandatoryEmail: true,
    payload: z.object({
      companyName: text,
      inviterName: text,
      role: z.enum(["ADMIN", "MEMBER"]),
      token: z.string().min(20).max(100),
      expiresAt: instant,
    }),
  },
  /** Registration (issue 14): the single-use link that confirms the address (lib/auth/data/account-tokens.ts). */
  ACCOUNT_VERIFY_EMAIL: {
    audience: "NONE",
    mandatoryEmail: true,
    payload: z.object({ token: z.string().min(20).max(100), validHours: z.number().int().positive() }),
  },
  /** Someone registered with an address that already has an account: the owner is told, nothing changes. */
  ACCOUNT_REGISTRATION_ATTEMPT: { audience: "NONE", mandatoryEmail: true, payload: z.object({}) },
  /** A registration named a BIN that another registration already holds; sent to the new address only. */
  ACCOUNT_BIN_ALREADY_REGISTERED: { audience: "NONE", mandatoryEmail: true, payload: z.object({ bin: z.string().regex(/^\d{12}$/) }) },
  COMPANY_VERIFIED: { audience: "NONE", mandatoryEmail: true, payload: z.object({ companyName: text }) },
  COMPANY_REFUSED: { audience: "NONE", mandatoryEmail: true, payload: z.object({ companyName: text, reason: text }) },
} as const satisfies Record<string, NotificationDefinition>;

export type NotificationKind = keyof typeof NOTIFICATION_DEFINITIONS;
export const NOTIFICATION_KINDS = Object.keys(NOTIFICATION_DEFINITIONS) as NotificationKind[];

export const NOTIFICATION_PAYLOAD_SCHEMAS = Object.fromEntries(
  NOTIFICATION_KINDS.map((kind) => [kind, NOTIFICATION_DEFINITIONS[kind].payload]),
) as {
  [K in NotificationKind]: (typeof NOTIFICATION_DEFINITIONS)[K]["payload"];
};

/** What a caller passes (dates may be Date objects). */
export type NotificationPayloadInput<K extends NotificationKind> = z.input<(typeof NOTIFICATION_PAYLOAD_SCHEMAS)[K]>;
/** What is stored and rendered (dates as ISO strings). */
export type NotificationPayload<K extends NotificationKind> = z.output<(typeof NOTIFICATION_PAYLOAD_SCHEMAS)[K]>;

/** A kind together with its payload, narrowed by `kind`. */
export type AnyNotification = { [K in NotificationKind]: { kind: K; payload: NotificationPayload<K> } }[NotificationKind];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && Object.hasOwn(NOTIFICATION_PAYLOAD_SCHEMAS, value);
}

/** Validates a payload (from a caller or from the database); throws on a malformed one. */
export function parseNotification(kind: string, payload: unknown): AnyNotification {
  if (!isNotificationKind(kind)) throw new Error(`Unknown notification kind: ${kind}`);
  return { kind, payload: NOTIFICATION_PAYLOAD_SCHEMAS[kind].parse(payload) } as AnyNotification;
}

/** Like parseNotification, but null for a row written by an older or newer version of the code. */
export function safeParseNotification(kind: string, payload: unknown): AnyNotification | null {
  if (!isNotificationKind(kind)) return null;
  const parsed = NOTIFICATION_PAYLOAD_SCHEMAS[kind].safeParse(payload);
  return parsed.success ? ({ kind, payload: parsed.data } as AnyNotification) : null;
}

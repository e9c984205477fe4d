import { addMinutes } from "date-fns";
import { prisma } from "@/lib/db/client";
import { loadBookingSettings, loadCalendarData } from "@/lib/booking/calendar-data";
import { handInWindow } from "@/lib/booking/hand-in-window";
import { needsPersonalPresence, originalsToBring } from "@/lib/booking/originals-to-bring";
import { applicantApplicationWhere, appointmentWhereFor } from "@/lib/kernel/scope";
import { generateSlotDays, type SlotDay } from "@/lib/booking/slots";
import type { CurrentUser } from "@/lib/kernel/access";

/** Whether `actor`'s company has this application: checked before the page streams, for a real 404. */
export async function isOwnApplication(actor: CurrentUser, applicationId: string): Promise<boolean> {
  return (await prisma.application.count({ where: applicantApplicationWhere(actor, applicationId) })) === 1;
}

const BOOKABLE_STATUSES = ["DOCUMENTS_APPROVED", "APPOINTMENT_BOOKED"] as const;

export type AppointmentPage = Awaited<ReturnType<typeof getAppointmentPage>>;

/**
 * Everything the applicant's appointment page shows, or null when the application is not the
 * applicant's company's (404, no existence oracle). Slots are computed only while booking or
 * rescheduling is possible.
 */
export async function getAppointmentPage(actor: CurrentUser, applicationId: string, now: Date = new Date()) {
  const application = await prisma.application.findFirst({
    where: applicantApplicationWhere(actor, applicationId),
    select: {
      id: true,
      number: true,
      serviceCode: true,
      status: true,
      answers: true,
      appointments: { where: { status: "BOOKED" }, select: { id: true, startsAt: true, confirmedAt: true, seats: true }, take: 1 },
      invoice: { select: { status: true } },
      _count: { select: { people: true } },
    },
  });
  if (!application) return null;
  const data = await loadCalendarData(prisma, now);
  const setting = await prisma.serviceSetting.findUnique({
    where: { serviceCode: application.serviceCode },
    select: { needsAppointment: true },
  });
  const isOpen = (BOOKABLE_STATUSES as readonly string[]).includes(application.status);
  // Every person in the application needs a place: a slot with fewer free places is full for them.
  const seats = Math.max(1, application._count.people);
  // An extension's documents must reach the centre within L495's window: only those days.
  const window = handInWindow(application.serviceCode, application.answers, data.calendar);
  const days: SlotDay[] = isOpen
    ? generateSlotDays({ now, ...data, window }).map((day) => ({
        ...day,
        slots: day.slots.map((s) => (s.free >= seats ? s : { ...s, free: 0 })),
      }))
    : [];
  const active = application.appointments[0];
  return {
    application: { id: application.id, number: application.number, serviceCode: application.serviceCode, status: application.status },
    originals: originalsToBring(application.serviceCode, application.answers),
    personalPresence: needsPersonalPresence(application.serviceCode),
    active: active
      ? {
          ...active,
          endsAt: addMinutes(active.startsAt, data.settings.slotMinutes),
          confirmBy: new Date(active.startsAt.getTime() - data.settings.confirmByHoursBefore * 3_600_000),
        }
      : null,
    seats,
    invoiceStatus: application.invoice?.status ?? null,
    isPaymentPending: data.settings.bookingRequiresPayment && application.invoice?.status !== "PAID",
    days,
    handInWindow: window,
    needsAppointment: setting?.needsAppointment ?? true,
    settings: data.settings,
  };
}

/** What the .ics file needs, or null when `actor` may not see this booked appointment. */
export async function getAppointmentCalendarEvent(actor: CurrentUser, appointmentId: string) {
  const appointment = await prisma.appointment.findFirst({
    where: { ...appointmentWhereFor(actor, appointmentId), status: "BOOKED" },
    select: { id: true, startsAt: true, createdAt: true, applicationId: true, application: { select: { number: true } } },
  });
  if (!appointment) return null;
  const [{ slotMinutes }, earlier] = await Promise.all([
    loadBookingSettings(prisma),
    // Each reschedule is a new appointment of the same application: a higher SEQUENCE of one event.
    prisma.appointment.count({ where: { applicationId: appointment.applicationId, createdAt: { lt: appointment.createdAt } } }),
  ]);
  return {
    applicationId: appointment.applicationId,
    applicationNumber: appointment.application.number,
    startsAt: appointment.startsAt,
    endsAt: addMinutes(appointment.startsAt, slotMinutes),
    slotMinutes,
    sequence: earlier,
  };
}

import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppointmentConfirmation } from "@/components/booking/appointment-confirmation";
import { BookingUnavailable } from "@/components/booking/booking-unavailable";
import { toPickerDays } from "@/components/booking/picker-days";
import { SlotPicker } from "@/components/booking/slot-picker";
import { SuccessBanner } from "@/components/booking/success-banner";
import { requireArea } from "@/lib/auth/current-user";
import { getService, isServiceCode } from "@/lib/catalog";
import { getAppointmentPage } from "@/lib/booking/data/appointments";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { formatCalendarDate, formatCentreDateTime } from "@/lib/kernel/format";
import { buttonClass } from "@/components/ui/button-class";
import {
  bookSlotAction,
  cancelAppointmentAction,
  confirmAppointmentAction,
  rescheduleSlotAction,
} from "../../../../../../lib/booking/actions";
import { EmptyState } from "@/components/ui/empty-state";

type Props = PageProps<"/[locale]/portal/applications/[id]/appointment">;
const DONE = ["booked", "rescheduled", "cancelled", "confirmed"] as const;
const CONFIRM_ERRORS = ["booking.errors.CONFIRM_DEADLINE_PASSED", "booking.errors.NOT_BOOKABLE", "booking.errors.BUSY"] as const;

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "booking" });
  return { title: t("title") };
}

export default async function AppointmentPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const user = await requireArea("portal");
  const now = new Date();
  const [page, query, t, tCatalog] = await Promise.all([
    getAppointmentPage(user, id, now),
    searchParams,
    getTranslations("booking"),
    getTranslations("catalog"),
  ]);
  if (!page) notFound();
  const { application, active } = page;
  const done = DONE.find((d) => d === query.done);
  const isChanging = query.change === "1" && active !== null;
  const confirmError = CONFIRM_ERRORS.find((e) => e === query.error);
  const serviceTitle = isServiceCode(application.serviceCode)
    ? tCatalog(getService(application.serviceCode).messages.title)
    : application.serviceCode;
  const canBook = application.status === "DOCUMENTS_APPROVED" && page.needsAppointment;
  const heading = active ? (isChanging ? t("rescheduleTitle") : t("bookedTitle")) : t("title");
  // The extension's hand-in window (L495): only its days are offered; say why (6.P5).
  const windowDates = page.handInWindow && {
    from: formatCalendarDate(new Date(`${page.handInWindow.from}T00:00:00Z`), locale),
    until: formatCalendarDate(new Date(`${page.handInWindow.until}T00:00:00Z`), locale),
  };
  return (
    <div className="space-y-8">
      <Link href={`/portal/applications/${application.id}`} className="font-semibold text-brand-700 underline">
        {t("backToApplication")}
      </Link>
      {done && <SuccessBanner title={t(`confirmation.${done}`)} />}
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{heading}</h1>
        <p className="text-slate-700">
          {t("application", { number: application.number ?? "—" })} · {serviceTitle}
        </p>
        {(canBook || isChanging) && <p className="max-w-3xl">{t("lead")}</p>}
        {(canBook || isChanging) && windowDates && (
          <p className="max-w-3xl rounded border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="hand-in-window">
            {t("window.notice", windowDates)}
          </p>
        )}
      </header>
      {confirmError && (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 font-semibold">
          {t(confirmError.replace("booking.", "") as "errors.BUSY")}
        </p>
      )}
      {active &&
        !isChanging &&
        (active.confirmedAt ? (
          <p className="font-semibold text-green-900" data-testid="appointment-confirmed">
            ✓ {t("confirm.confirmed", { date: formatCentreDateTime(active.confirmedAt, locale) })}
          </p>
        ) : (
          <form action={confirmAppointmentAction} className="space-y-3 rounded border-l-4 border-amber-600 bg-amber-50 p-4">
            <input type="hidden" name="applicationId" value={application.id} />
            <p className="font-semibold">{t("confirm.needed", { deadline: formatCentreDateTime(active.confirmBy, locale) })}</p>
            <button type="submit" className={buttonClass("primary")}>
              {t("confirm.button")}
            </button>
          </form>
        ))}
      {canBook && !active && page.seats > 1 && <p>{t("seats", { count: page.seats })}</p>}
      {active && !isChanging ? (
        <AppointmentConfirmation
          locale={locale}
          application={application}
          serviceTitle={serviceTitle}
          appointment={active}
          originals={page.originals}
          personalPresence={page.personalPresence}
          changeCutoffHours={page.settings.changeCutoffHours}
          now={now}
          cancelAction={cancelAppointmentAction}
        />
      ) : canBook && page.isPaymentPending ? (
        <div className="space-y-2 rounded border border-dashed border-slate-400 bg-white p-6" data-testid="payment-required">
          <p>{t("payment.required")}</p>
          <Link href={`/portal/applications/${application.id}/invoice`} className="font-semibold text-brand-700 underline">
            {t("payment.invoiceLink")}
          </Link>
        </div>
      ) : canBook || isChanging ? (
        page.days.some((d) => d.slots.some((s) => s.free > 0)) ? (
          <>
            <SlotPicker
              applicationId={application.id}
              mode={isChanging ? "reschedule" : "book"}
              days={toPickerDays(page.days, locale)}
              slotMinutes={page.settings.slotMinutes}
              action={isChanging ? rescheduleSlotAction : bookSlotAction}
            />
            {isChanging && (
              <Link
                href={`/portal/applications/${application.id}/appointment`}
                className="inline-block font-semibold text-brand-700 underline"
              >
                {t("picker.keepCurrent")}
              </Link>
            )}
          </>
        ) : (
          <EmptyState centred={false}>
            {windowDates ? t("window.noDays", windowDates) : t("picker.noDays", { count: page.settings.horizonWorkingDays })}
          </EmptyState>
        )
      ) : (
        <BookingUnavailable status={application.status} needsAppointment={page.needsAppointment} />
      )}
    </div>
  );
}

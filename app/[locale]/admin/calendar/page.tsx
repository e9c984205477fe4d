import { getTranslations, setRequestLocale } from "next-intl/server";
import { BlockedPeriodForm } from "@/components/booking/blocked-period-form";
import { BlockedPeriodList } from "@/components/booking/blocked-period-list";
import { BookingSettingsForm } from "@/components/booking/booking-settings-form";
import { ServiceSettingsForm } from "@/components/booking/service-settings-form";
import { UtilisationTable } from "@/components/booking/utilisation-table";
import { requireArea } from "@/lib/auth/current-user";
import { getService } from "@/lib/catalog";
import { getBookingSettings, listServiceAppointmentSettings } from "@/lib/booking/data/booking-settings";
import { listBlockedPeriods } from "@/lib/booking/data/booking-settings-blocked";
import { getUtilisation } from "@/lib/booking/data/booking-settings-utilisation";
import type { Locale } from "@/lib/kernel/locales";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import {
  addBlockedPeriodAction,
  removeBlockedPeriodAction,
  updateServicesAction,
  updateSettingsAction,
} from "../../../../lib/admin/calendar-actions";

type Props = PageProps<"/[locale]/admin/calendar">;

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "booking.admin" });
  return { title: t("title") };
}

export default async function CalendarAdminPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("admin");
  const now = new Date();
  const [t, tCatalog, settings, periods, services, utilisation] = await Promise.all([
    getTranslations("booking.admin"),
    getTranslations("catalog"),
    getBookingSettings(user),
    listBlockedPeriods(user, now),
    listServiceAppointmentSettings(user),
    getUtilisation(user, now),
  ]);
  const section = "space-y-4";
  return (
    <div className="space-y-12">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      </header>
      <section aria-labelledby="settings" className={section}>
        <h2 id="settings" className="text-2xl font-semibold">
          {t("settingsTitle")}
        </h2>
        <BookingSettingsForm values={settings} action={updateSettingsAction} />
      </section>
      <section aria-labelledby="blocked" className={section}>
        <h2 id="blocked" className="text-2xl font-semibold">
          {t("blockedTitle")}
        </h2>
        <p className="max-w-3xl text-slate-700">{t("blockedLead")}</p>
        <BlockedPeriodList periods={periods} locale={locale} removeAction={removeBlockedPeriodAction} />
        <h3 className="text-xl font-semibold">{t("addTitle")}</h3>
        <BlockedPeriodForm defaultDate={isoDateInTimeZone(now)} action={addBlockedPeriodAction} />
      </section>
      <section aria-labelledby="services" className={section}>
        <h2 id="services" className="text-2xl font-semibold">
          {t("servicesTitle")}
        </h2>
        <p className="max-w-3xl text-slate-700">{t("servicesLead")}</p>
        <ServiceSettingsForm
          services={services.map((s) => ({ ...s, title: tCatalog(getService(s.serviceCode).messages.title) }))}
          action={updateServicesAction}
        />
      </section>
      <section aria-labelledby="utilisation" className={section}>
        <h2 id="utilisation" className="text-2xl font-semibold">
          {t("utilisationTitle")}
        </h2>
        <p className="text-slate-700">{t("utilisationLead", { count: utilisation.length })}</p>
        <UtilisationTable days={utilisation} locale={locale} />
      </section>
    </div>
  );
}

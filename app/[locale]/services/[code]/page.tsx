import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getService } from "@/lib/catalog";
import { loadApplicantReferenceData } from "@/lib/admin/data/applicant-reference-data";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { parseServiceCode } from "@/lib/services/service-code";
import { CalculatorSection } from "@/components/services/calculator-section";
import { DocumentOverviewSection } from "@/components/services/document-overview-section";
import { FeesSection } from "@/components/services/fees-section";
import { PageContents } from "@/components/services/page-contents";
import { ServiceAbout } from "@/components/services/service-about";
import { ServiceHeader } from "@/components/services/service-header";
import { ServiceSteps } from "@/components/services/service-steps";
import { SourceNotes } from "@/components/services/source-notes";
import { StartApplicationLink } from "@/components/services/start-application-link";

export async function generateMetadata({ params }: PageProps<"/[locale]/services/[code]">) {
  const { locale, code } = await params;
  const serviceCode = parseServiceCode(code);
  if (!serviceCode) return {};
  const tc = await getTranslations({ locale, namespace: "catalog" });
  const service = getService(serviceCode);
  return { title: tc(service.messages.title), description: tc(service.messages.summary) };
}

/** One service: what, for whom, steps, documents, fees, time, notes, and the calculator. */
export default async function ServicePage({ params }: PageProps<"/[locale]/services/[code]">) {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  setRequestLocale(locale);
  const serviceCode = parseServiceCode(code);
  if (!serviceCode) notFound();
  // One address per service: /services/work-visa → /services/WORK_VISA.
  if (serviceCode !== code) redirect({ href: `/services/${serviceCode}`, locale });
  const service = getService(serviceCode);
  const { mrpRates, calendar } = await loadApplicantReferenceData();
  // The centre's date (Astana): the MRP in force and the calculator's default start date.
  const today = isoDateInTimeZone(new Date());
  return (
    <div className="space-y-10">
      <ServiceHeader service={service} />
      <PageContents hasNotes={service.notes.length > 0} />
      <ServiceAbout service={service} />
      <ServiceSteps service={service} />
      <DocumentOverviewSection service={service} />
      <FeesSection service={service} locale={locale} today={today} mrpRates={mrpRates} />
      <CalculatorSection service={service} today={today} mrpRates={mrpRates} calendar={calendar} />
      <SourceNotes service={service} />
      <StartApplicationLink code={service.code} />
    </div>
  );
}

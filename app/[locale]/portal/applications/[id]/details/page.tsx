import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadDraftForStep } from "@/lib/applications/load-draft";
import { loadApplicantReferenceData } from "@/lib/admin/data/applicant-reference-data";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { redirect } from "@/lib/i18n/navigation";
import { DetailsStepForm } from "@/components/applications/details-step-form";
import { WizardSteps } from "@/components/applications/wizard-steps";

// Each page has its own title (GOV.UK: the h1, then the service), so tabs and history say where you are.
export async function generateMetadata({ params }: PageProps<"/[locale]/portal/applications/[id]/details">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "applications.wizard" });
  return { title: t("detailsTitle") };
}

export default async function DetailsStepPage({ params, searchParams }: PageProps<"/[locale]/portal/applications/[id]/details">) {
  const { locale, id } = await params;
  const returnToCheck = (await searchParams).return === "check";
  setRequestLocale(locale);
  const { application, service } = await loadDraftForStep(id, locale);
  const principal = application.people.find((p) => p.isPrincipal);
  if (!principal) redirect({ href: `/portal/applications/${id}/people`, locale });
  const [t, tc, reference] = await Promise.all([
    getTranslations("applications.wizard"),
    getTranslations("catalog"),
    loadApplicantReferenceData(),
  ]);
  return (
    <div className="space-y-6">
      <WizardSteps applicationId={id} current="details" serviceTitle={tc(service.messages.title)} returnToCheck={returnToCheck} />
      <DetailsStepForm
        applicationId={id}
        serviceCode={service.code}
        initialAnswers={application.answers as Record<string, unknown>}
        mrpRates={reference.mrpRates}
        calendar={reference.calendar}
        today={isoDateInTimeZone(new Date())}
        principalName={principal!.person.fullName}
        title={t("detailsTitle")}
        returnToCheck={returnToCheck}
        registerVisaExpiry={principal!.person.visaExpiresOn ? principal!.person.visaExpiresOn.toISOString().slice(0, 10) : null}
      />
    </div>
  );
}

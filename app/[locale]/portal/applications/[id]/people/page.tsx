import { getTranslations, setRequestLocale } from "next-intl/server";
import { listPeople } from "@/lib/people/data/people";
import { loadDraftForStep } from "@/lib/applications/load-draft";
import { hasQuestion } from "@/lib/applications/question-fields";
import { peopleScope } from "@/lib/applications/people-scope";
import { PeopleStepForm } from "@/components/applications/people-step-form";
import { WizardSteps } from "@/components/applications/wizard-steps";
import { DeleteDraftButton } from "@/components/applications/delete-draft-button";

// Each page has its own title (GOV.UK: the h1, then the service), so tabs and history say where you are.
export async function generateMetadata({ params }: PageProps<"/[locale]/portal/applications/[id]/people">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "applications.wizard" });
  return { title: t("peopleTitle") };
}

export default async function PeopleStepPage({ params, searchParams }: PageProps<"/[locale]/portal/applications/[id]/people">) {
  const { locale, id } = await params;
  const returnToCheck = (await searchParams).return === "check";
  setRequestLocale(locale);
  const { user, application, service } = await loadDraftForStep(id, locale);
  const [t, tc, people] = await Promise.all([getTranslations("applications.wizard"), getTranslations("catalog"), listPeople(user)]);
  const principal = application.people.find((p) => p.isPrincipal);
  const answers = application.answers as Record<string, unknown>;
  return (
    <div className="space-y-6">
      <WizardSteps applicationId={id} current="people" serviceTitle={tc(service.messages.title)} returnToCheck={returnToCheck} />
      <PeopleStepForm
        applicationId={id}
        title={t("peopleTitle")}
        returnToCheck={returnToCheck}
        people={people.map((p) => ({ id: p.id, fullName: p.fullName, principalId: p.principalId, relationship: p.relationship }))}
        initial={{
          principalId: principal?.person.id ?? "",
          principalIncluded: answers.principalIncluded !== false,
          familyIds: application.people.filter((p) => !p.isPrincipal).map((p) => p.person.id),
        }}
        asksPrincipalIncluded={hasQuestion(service, "principalIncluded")}
        asksFamily={hasQuestion(service, "familyMembersIncluded")}
        scope={peopleScope(service)}
      />
      <DeleteDraftButton applicationId={id} />
    </div>
  );
}

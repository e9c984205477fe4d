import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { listPeople } from "@/lib/people/data/people";
import { countryOptions } from "@/lib/people/countries";
import { personFormValues } from "@/lib/people/person-defaults";
import { safeReturnPath } from "@/lib/auth/return-path";
import { PersonForm } from "@/components/people/person-form";

// Each page has its own title (GOV.UK: the h1, then the service), so tabs and history say where you are.
export async function generateMetadata({ params }: PageProps<"/[locale]/portal/people/new">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "applications.people" });
  return { title: t("newTitle") };
}

export default async function NewPersonPage({ params, searchParams }: PageProps<"/[locale]/portal/people/new">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireArea("portal");
  const query = await searchParams;
  const [t, people] = await Promise.all([getTranslations("applications.people"), listPeople(user)]);
  const principals = people.filter((p) => !p.principalId);
  const principal = typeof query.principal === "string" && principals.some((p) => p.id === query.principal) ? query.principal : undefined;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{principal ? t("newFamilyTitle") : t("newTitle")}</h1>
      <PersonForm
        personId={null}
        defaults={personFormValues(null, principal)}
        countries={countryOptions(locale)}
        principals={principals}
        returnTo={safeReturnPath(query.returnTo) ?? undefined}
        allowPassportScan
      />
    </div>
  );
}

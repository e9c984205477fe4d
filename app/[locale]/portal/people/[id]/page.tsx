import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { findPerson, listPeople } from "@/lib/people/data/people";
import { countryOptions } from "@/lib/people/countries";
import { personFormValues } from "@/lib/people/person-defaults";
import { PersonForm } from "@/components/people/person-form";

// Each page has its own title (GOV.UK: the h1, then the service), so tabs and history say where you are.
export async function generateMetadata({ params }: PageProps<"/[locale]/portal/people/[id]">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "applications.people" });
  return { title: t("editTitleShort") };
}

export default async function EditPersonPage({ params }: PageProps<"/[locale]/portal/people/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireArea("portal");
  const [t, person, people] = await Promise.all([getTranslations("applications.people"), findPerson(user, id), listPeople(user)]);
  if (!person) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("editTitle", { name: person.fullName })}</h1>
      <p className="max-w-2xl text-slate-700">{t("editNote")}</p>
      <PersonForm
        personId={person.id}
        defaults={personFormValues(person)}
        countries={countryOptions(locale)}
        principals={people.filter((p) => !p.principalId && p.id !== person.id)}
      />
    </div>
  );
}

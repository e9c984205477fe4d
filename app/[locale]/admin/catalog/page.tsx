import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { servicesByFamily } from "@/lib/catalog";
import type { Locale } from "@/lib/kernel/locales";
import { CatalogService } from "@/components/admin/catalog-service";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/catalog">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin.catalog" });
  return { title: t("title") };
}

/** The service catalog as the code defines it (read-only: a service changes with a code change). */
export default async function CatalogPage({ params }: PageProps<"/[locale]/admin/catalog">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await requireArea("admin");
  const [t, tCatalog] = await Promise.all([getTranslations("admin.catalog"), getTranslations("catalog")]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      {servicesByFamily().map(({ family, services }) => (
        <section key={family} aria-labelledby={`family-${family}`} className="space-y-4">
          <h2 id={`family-${family}`} className="text-2xl font-semibold">
            {tCatalog(`families.${family}`)}
          </h2>
          {services.map((service) => (
            <CatalogService key={service.code} service={service} locale={locale} />
          ))}
        </section>
      ))}
    </div>
  );
}

import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadDraftForStep } from "@/lib/applications/load-draft";
import { bringEntries, uploadSlots } from "@/lib/applications/document-slots";
import { maxUploadBytes } from "@/lib/uploads/receive-upload";
import { continueToCheckAction } from "@/lib/applications/actions";
import { buttonClass } from "@/components/ui/button-class";
import { UploadSlot } from "@/components/applications/upload-slot";
import { WizardSteps } from "@/components/applications/wizard-steps";
import { BringList, DocumentDescription } from "@/components/applications/document-checklist";

// Each page has its own title (GOV.UK: the h1, then the service), so tabs and history say where you are.
export async function generateMetadata({ params }: PageProps<"/[locale]/portal/applications/[id]/documents">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "applications.documents" });
  return { title: t("title") };
}

export default async function DocumentsStepPage({ params, searchParams }: PageProps<"/[locale]/portal/applications/[id]/documents">) {
  const { locale, id } = await params;
  const returnToCheck = (await searchParams).return === "check";
  setRequestLocale(locale);
  const { application, service } = await loadDraftForStep(id, locale);
  const [t, tc] = await Promise.all([getTranslations("applications.documents"), getTranslations("catalog")]);
  const answers = application.answers as Record<string, unknown>;
  const slots = uploadSlots(service, answers);
  const currentFiles = (code: string) => application.documents.find((d) => d.code === code)?.files.filter((f) => !f.supersededAt) ?? [];
  return (
    <div className="space-y-6">
      <WizardSteps applicationId={id} current="documents" serviceTitle={tc(service.messages.title)} returnToCheck={returnToCheck} />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      <ol className="space-y-6">
        {slots.map((entry) => (
          <li key={entry.code} className="space-y-2" data-testid={`slot-${entry.code}`}>
            <DocumentDescription entry={entry} />
            <UploadSlot
              applicationId={id}
              code={entry.code}
              label={tc(entry.nameKey)}
              files={currentFiles(entry.code).map((f) => ({ ...f, fromVault: f.vaultVersionId !== null }))}
              canEdit
              maxBytes={maxUploadBytes()}
            />
          </li>
        ))}
      </ol>
      <BringList entries={bringEntries(service, answers)} />
      <form action={continueToCheckAction.bind(null, id)}>
        <button type="submit" className={buttonClass("primary")}>
          {t("continue")}
        </button>
      </form>
    </div>
  );
}

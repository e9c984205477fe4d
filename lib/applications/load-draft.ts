import "server-only";
import { notFound } from "next/navigation";
import { getService, isServiceCode } from "@/lib/catalog";
import { requireArea } from "@/lib/auth/current-user";
import { getCompanyApplication } from "@/lib/applications/data/application-queries";
import { redirect } from "@/lib/i18n/navigation";

/** For a wizard step page: the signed-in applicant's draft and its service; other states go to the detail page. */
export async function loadDraftForStep(id: string, locale: string) {
  const user = await requireArea("portal");
  const application = await getCompanyApplication(user, id);
  if (!application || !isServiceCode(application.serviceCode)) notFound();
  if (application.status !== "DRAFT") redirect({ href: `/portal/applications/${id}`, locale });
  return { user, application, service: getService(application.serviceCode) };
}

import { requireArea } from "@/lib/auth/current-user";
import { getMyCompanyVerification } from "@/lib/company/data/company-verification";
import { PortalNav } from "@/components/layout/portal-nav";
import { CompanyVerificationBanner } from "@/components/layout/company-verification-banner";
import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { PORTAL_NAV_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

// Every page below is for a company's applicant; lib/data checks again on each read and write.
// Signed-in pages are never indexed (robots.txt also keeps crawlers out).
export const metadata = { robots: { index: false, follow: false } };

export default async function PortalLayout({ children }: LayoutProps<"/[locale]/portal">) {
  const user = await requireArea("portal");
  const verification = await getMyCompanyVerification(user);
  return (
    <ClientMessagesProvider paths={PORTAL_NAV_CLIENT_MESSAGES}>
      <PortalNav />
      {verification && <CompanyVerificationBanner status={verification.status} note={verification.note} />}
      {children}
    </ClientMessagesProvider>
  );
}

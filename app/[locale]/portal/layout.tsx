import { requireArea } from "@/lib/auth/current-user";
import { getMyCompanyVerification } from "@/lib/data/company-verification";
import { PortalNav } from "@/components/layout/portal-nav";
import { CompanyVerificationBanner } from "@/components/layout/company-verification-banner";

// Every page below is for a company's applicant; lib/data checks again on each read and write.
// Signed-in pages are never indexed (robots.txt also keeps crawlers out).
export const metadata = { robots: { index: false, follow: false } };

export default async function PortalLayout({ children }: LayoutProps<"/[locale]/portal">) {
  const user = await requireArea("portal");
  const verification = await getMyCompanyVerification(user);
  return (
    <>
      <PortalNav />
      {verification && <CompanyVerificationBanner status={verification.status} note={verification.note} />}
      {children}
    </>
  );
}

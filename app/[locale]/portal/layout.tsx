import { requireArea } from "@/lib/auth/current-user";
import { PortalNav } from "@/components/layout/portal-nav";

// Every page below is for a company's applicant; lib/data checks again on each read and write.
export default async function PortalLayout({ children }: LayoutProps<"/[locale]/portal">) {
  await requireArea("portal");
  return (
    <>
      <PortalNav />
      {children}
    </>
  );
}

import { requireArea } from "@/lib/auth/current-user";
import { AdminNav } from "@/components/admin/admin-nav";

// Signed-in pages are never indexed (robots.txt also keeps crawlers out).
export const metadata = { robots: { index: false, follow: false } };

export default async function AdminLayout({ children }: LayoutProps<"/[locale]/admin">) {
  await requireArea("admin");
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}

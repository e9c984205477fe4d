import { requireArea } from "@/lib/auth/current-user";
import { AdminNav } from "@/components/admin/admin-nav";

export default async function AdminLayout({ children }: LayoutProps<"/[locale]/admin">) {
  await requireArea("admin");
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}

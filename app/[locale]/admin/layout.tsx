import { requireArea } from "@/lib/auth/current-user";
import { AdminNav } from "@/components/admin/admin-nav";
import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { ADMIN_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

// Signed-in pages are never indexed (robots.txt also keeps crawlers out).
export const metadata = { robots: { index: false, follow: false } };

export default async function AdminLayout({ children }: LayoutProps<"/[locale]/admin">) {
  await requireArea("admin");
  return (
    <ClientMessagesProvider paths={ADMIN_CLIENT_MESSAGES}>
      <AdminNav />
      {children}
    </ClientMessagesProvider>
  );
}

import { requireArea } from "@/lib/auth/current-user";
import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { STAFF_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

// Signed-in pages are never indexed (robots.txt also keeps crawlers out).
export const metadata = { robots: { index: false, follow: false } };

export default async function StaffLayout({ children }: LayoutProps<"/[locale]/staff">) {
  await requireArea("staff");
  return <ClientMessagesProvider paths={STAFF_CLIENT_MESSAGES}>{children}</ClientMessagesProvider>;
}

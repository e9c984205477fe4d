import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { STAFF_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

// The client components of this section get their message namespaces (lib/i18n/client-messages.ts).
export default function StaffCompaniesLayout({ children }: LayoutProps<"/[locale]/staff/companies">) {
  return <ClientMessagesProvider paths={STAFF_CLIENT_MESSAGES}>{children}</ClientMessagesProvider>;
}

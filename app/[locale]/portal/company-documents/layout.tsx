import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { PORTAL_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

// The client components of this section get their message namespaces (lib/i18n/client-messages.ts).
export default function PortalCompanyDocumentsLayout({ children }: LayoutProps<"/[locale]/portal/company-documents">) {
  return <ClientMessagesProvider paths={PORTAL_CLIENT_MESSAGES}>{children}</ClientMessagesProvider>;
}

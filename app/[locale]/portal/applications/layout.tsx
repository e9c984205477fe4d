import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { PORTAL_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

// The client components of this section get their message namespaces (lib/i18n/client-messages.ts).
export default function PortalApplicationsLayout({ children }: LayoutProps<"/[locale]/portal/applications">) {
  return <ClientMessagesProvider paths={PORTAL_CLIENT_MESSAGES}>{children}</ClientMessagesProvider>;
}

import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { PUBLIC_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

/** Sign-in, registration and e-mail verification: forms that translate in the browser. */
export default function AuthLayout({ children }: LayoutProps<"/[locale]">) {
  return <ClientMessagesProvider paths={PUBLIC_CLIENT_MESSAGES}>{children}</ClientMessagesProvider>;
}

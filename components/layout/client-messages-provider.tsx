import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/i18n/client-messages";

/**
 * Gives the client components below it only the message namespaces in `paths`
 * (lib/i18n/client-messages.ts); locale, time zone and formats come from the request config.
 * A nested provider replaces its parent's messages, so each list includes the shared ones.
 */
export async function ClientMessagesProvider({ paths, children }: { paths: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, paths)}>{children}</NextIntlClientProvider>;
}

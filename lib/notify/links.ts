import type { Locale } from "@/lib/kernel/locales";
import { routing } from "@/lib/i18n/routing";

// Where each notification sends its reader. Paths are locale-free (next-intl's <Link> adds the
// prefix in the portal; absoluteUrl adds it in e-mails). Keep in step with app/[locale]/.
export const NOTIFY_PATHS = {
  application: (id: string) => `/portal/applications/${encodeURIComponent(id)}`,
  booking: (id: string) => `/portal/applications/${encodeURIComponent(id)}/appointment`,
  invoice: (id: string) => `/portal/applications/${encodeURIComponent(id)}/invoice`,
  staffApplication: (id: string) => `/staff/applications/${encodeURIComponent(id)}`,
  person: (id: string) => `/portal/people/${encodeURIComponent(id)}`,
  people: () => "/portal/people",
  invitation: (token: string) => `/invitation/${encodeURIComponent(token)}`,
  notifications: () => "/notifications",
  preferences: () => "/profile",
  verifyEmail: (token: string) => `/verify-email?token=${encodeURIComponent(token)}`,
  signIn: () => "/sign-in",
  portal: () => "/portal",
} as const;

/**
 * The portal's public origin (APP_URL): e-mail links must work outside the browser that made
 * them. Without it, the local server's own address, which is right for development only.
 */
export function appUrl(): string {
  return (process.env.APP_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
}

/** An absolute link with the locale prefix ("as-needed": none for English). */
export function absoluteUrl(path: string, locale: Locale, origin = appUrl()): string {
  const prefix = locale === routing.defaultLocale ? "" : `/${locale}`;
  return `${origin}${prefix}${path}`;
}

import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getCurrentUserIfAvailable } from "@/lib/auth/user-if-available";
import type { Locale } from "@/lib/kernel/locales";
import { canEnter, type Area } from "@/lib/kernel/roles";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";
import { NotificationBell } from "@/components/notifications/notification-bell";

const AREA_LINKS: { area: Area; href: string; label: "portal" | "staff" | "admin" }[] = [
  { area: "portal", href: "/portal", label: "portal" },
  { area: "staff", href: "/staff", label: "staff" },
  { area: "admin", href: "/admin", label: "admin" },
];

export async function SiteHeader() {
  const [t, locale, lookup] = await Promise.all([getTranslations("nav"), getLocale(), getCurrentUserIfAvailable()]);
  // When the database cannot say who is signed in, show neither their links nor "Sign in".
  const isUnknown = lookup === "unknown";
  const user = isUnknown ? null : lookup;
  const linkClass = "rounded px-2 py-1 text-sm font-medium text-white/90 hover:bg-white/10 hover:text-white";
  return (
    <header className="no-print bg-brand-800 text-white">
      {/* Two compact rows on a phone (brand and account; sections and language), one row on a wide screen. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:px-6 lg:flex-nowrap lg:py-3">
        <Link href="/" className="order-1 shrink-0 text-lg font-semibold tracking-tight">
          {t("brand")}
        </Link>
        <div className="order-3 flex w-full min-w-0 items-center justify-between gap-2 lg:order-2 lg:w-auto lg:flex-1">
          <nav aria-label={t("mainNavigation")} className="-ml-2 flex min-w-0 items-center gap-1 overflow-x-auto whitespace-nowrap lg:ml-0">
            <Link href="/services" className={linkClass}>
              {t("services")}
            </Link>
            {user &&
              AREA_LINKS.filter((l) => canEnter(l.area, user.role)).map((l) => (
                <Link key={l.area} href={l.href} className={linkClass}>
                  {t(l.label)}
                </Link>
              ))}
          </nav>
          <LanguageSwitcher label={t("language")} current={locale as Locale} />
        </div>
        <div className="order-2 ml-auto flex shrink-0 items-center gap-3 lg:order-3 lg:ml-0">
          {user ? (
            <>
              <NotificationBell />
              {/* Only on the widest screens: below that its width clipped the section links of a staff admin
                  (three areas) on a 1280-pixel screen, in Kazakh even more. */}
              <span className="hidden text-sm text-white/80 2xl:inline">{t("signedInAs", { name: user.name })}</span>
              <SignOutButton label={t("signOut")} />
            </>
          ) : isUnknown ? null : (
            <>
              <Link href="/sign-in" className={linkClass}>
                {t("signIn")}
              </Link>
              <Link href="/register" className="rounded bg-white px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50">
                {t("register")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}

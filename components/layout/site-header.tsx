import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getCurrentUserIfAvailable } from "@/lib/auth/user-if-available";
import { canEnter, type Area } from "@/lib/auth/roles";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";
import { NotificationBell } from "@/components/notifications/notification-bell";

const AREA_LINKS: { area: Area; href: string; label: "portal" | "staff" | "admin" }[] = [
  { area: "portal", href: "/portal", label: "portal" },
  { area: "staff", href: "/staff", label: "staff" },
  { area: "admin", href: "/admin", label: "admin" },
];

export async function SiteHeader() {
  const [t, lookup] = await Promise.all([getTranslations("nav"), getCurrentUserIfAvailable()]);
  // When the database cannot say who is signed in, show neither their links nor "Sign in".
  const isUnknown = lookup === "unknown";
  const user = isUnknown ? null : lookup;
  const linkClass = "rounded px-2 py-1 text-sm font-medium text-white/90 hover:bg-white/10 hover:text-white";
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          {t("brand")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex flex-1 flex-wrap items-center gap-1">
          <Link href="/services" className={linkClass}>{t("services")}</Link>
          {user &&
            AREA_LINKS.filter((l) => canEnter(l.area, user.role)).map((l) => (
              <Link key={l.area} href={l.href} className={linkClass}>{t(l.label)}</Link>
            ))}
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitcher label={t("language")} />
          {user ? (
            <>
              <NotificationBell />
              <span className="hidden text-sm text-white/80 md:inline">{t("signedInAs", { name: user.name })}</span>
              <SignOutButton label={t("signOut")} />
            </>
          ) : isUnknown ? null : (
            <>
              <Link href="/sign-in" className={linkClass}>{t("signIn")}</Link>
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

"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

const TABS = [
  { href: "/portal", key: "applications", exact: true },
  { href: "/portal/applications/new", key: "newApplication", exact: false },
  { href: "/portal/people", key: "people", exact: false },
] as const;

/** The applicant area's own navigation; the current tab is marked for screen readers too. */
export function PortalNav() {
  const t = useTranslations("applications.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="no-print mb-6 border-b border-slate-300">
      <ul className="flex flex-wrap gap-1">
        {TABS.map((tab) => {
          const isCurrent = tab.exact ? pathname === tab.href : pathname.startsWith(tab.href);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={isCurrent ? "page" : undefined}
                className={`inline-block border-b-4 px-3 py-2 font-medium ${isCurrent ? "border-brand-700 text-brand-900" : "border-transparent text-slate-700 hover:text-brand-800"}`}
              >
                {t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

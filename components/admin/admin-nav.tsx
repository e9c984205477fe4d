"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

const TABS = [
  { href: "/admin", key: "overview", exact: true },
  { href: "/admin/mrp", key: "mrp", exact: false },
  { href: "/admin/holidays", key: "holidays", exact: false },
  { href: "/admin/staff", key: "staff", exact: false },
  { href: "/admin/catalog", key: "catalog", exact: false },
  // The booking calendar's section (capacity, blocked periods) belongs to the booking feature.
  { href: "/admin/calendar", key: "calendar", exact: false },
] as const;

/** The administration area's sections; the current one is marked for screen readers too. */
export function AdminNav() {
  const t = useTranslations("review.admin.nav");
  const tBooking = useTranslations("booking.admin");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-300">
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
                {tab.key === "calendar" ? tBooking("title") : t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

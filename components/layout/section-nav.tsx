"use client";

import { Link } from "@/lib/i18n/navigation";
import { usePathname } from "@/lib/i18n/navigation-hooks";

export type SectionTab = { href: string; label: string; exact?: boolean };

/** An area's own tabs (applicant area, administration); the current one is marked for screen readers too. */
export function SectionNav({ label, tabs }: { label: string; tabs: SectionTab[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print mb-6 border-b border-slate-300">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const isCurrent = tab.exact ? pathname === tab.href : pathname.startsWith(tab.href);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={isCurrent ? "page" : undefined}
                className={`inline-block border-b-4 px-3 py-2 font-medium ${isCurrent ? "border-brand-700 text-brand-900" : "border-transparent text-slate-700 hover:text-brand-800"}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

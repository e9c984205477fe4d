"use client";

import { useTranslations } from "next-intl";
import { SectionNav } from "@/components/layout/section-nav";

/** The administration area's sections. */
export function AdminNav() {
  const t = useTranslations("admin.nav");
  const tBooking = useTranslations("booking.admin");
  return (
    <SectionNav
      label={t("label")}
      tabs={[
        { href: "/admin", label: t("overview"), exact: true },
        { href: "/admin/mrp", label: t("mrp") },
        { href: "/admin/holidays", label: t("holidays") },
        { href: "/admin/staff", label: t("staff") },
        { href: "/admin/catalog", label: t("catalog") },
        { href: "/admin/emails", label: t("emails") },
        // The booking calendar's section (capacity, blocked periods) belongs to the booking feature.
        { href: "/admin/calendar", label: tBooking("title") },
      ]}
    />
  );
}

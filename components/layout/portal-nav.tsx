"use client";

import { useTranslations } from "next-intl";
import { SectionNav } from "./section-nav";

export function PortalNav() {
  const t = useTranslations("applications.nav");
  const tVault = useTranslations("vault");
  const tTeam = useTranslations("workspace.team");
  return (
    <SectionNav
      label={t("label")}
      tabs={[
        { href: "/portal", label: t("applications"), exact: true },
        { href: "/portal/applications/new", label: t("newApplication") },
        { href: "/portal/people", label: t("people") },
        { href: "/portal/company-documents", label: tVault("nav") },
        { href: "/portal/team", label: tTeam("nav") },
      ]}
    />
  );
}

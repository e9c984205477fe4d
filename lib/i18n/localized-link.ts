"use client";

import NextLink from "next/link";
import { useParams } from "next/navigation";
import { createElement, type ComponentProps } from "react";
import { isLocale, defaultLocale } from "@/lib/kernel/locales";
import { localizedPath } from "./locale-path";

type Props = ComponentProps<typeof NextLink>;

/**
 * A link inside the site in the page's language: "/services" becomes "/ru/services" on a Russian
 * page. It replaces next-intl's Link (issue 19): that one reads the language from
 * NextIntlClientProvider, whose module brings next-intl's message formatter (~12 kB gzip) to the
 * browser, and every page has links. The language here comes from the [locale] segment instead,
 * so pages whose islands translate nothing load no next-intl at all.
 */
export function Link({ href, ...rest }: Props) {
  const param = useParams<{ locale?: string }>()?.locale;
  const locale = isLocale(param) ? param : defaultLocale;
  const localized =
    typeof href === "string" ? localizedPath(href, locale) : { ...href, pathname: href.pathname && localizedPath(href.pathname, locale) };
  return createElement(NextLink, { ...rest, href: localized });
}

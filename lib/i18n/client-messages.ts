import type { AbstractIntlMessages } from "next-intl";

// What each part of the site hands to the browser (issue 19). The root layout used to give
// NextIntlClientProvider every namespace (~140 kB of JSON in English, more in Russian), serialised
// into every page's HTML: 83–95 % of a public page was that payload. Server components translate
// on the server and need none of it; only client components ("use client") read these. Each list
// names the namespaces (or sub-trees, "a.b") the client components of that part use — checked by
// lib/i18n/client-messages.test.ts, which scans the client components.

/**
 * The public forms (sign-in, registration, password, status check, invitation), given by the
 * (auth) layout and the status, invitation and profile pages; every area's set starts with it.
 * The root layout gives none: pages without a translating island load no next-intl (issue 19).
 */
export const PUBLIC_CLIENT_MESSAGES = [
  "common",
  "error",
  "validation",
  "auth",
  "account",
  "status",
  "workspace.status",
  "workspace.invitation",
] as const;

/**
 * A service page's calculator: catalog texts (questions, fees, documents), its own labels and the
 * wizard's yes/no and fee labels (it reuses the wizard's question inputs). The guide's source notes
 * are rendered on the server only: "-catalog.notes" leaves them out (12 kB in English).
 */
export const CALCULATOR_CLIENT_MESSAGES = [
  ...PUBLIC_CLIENT_MESSAGES,
  "catalog",
  "-catalog.notes",
  "services.calculator",
  "applications.wizard",
] as const;

/** Every portal page: the portal's navigation (the dashboard itself has no other client component). */
export const PORTAL_NAV_CLIENT_MESSAGES = [...PUBLIC_CLIENT_MESSAGES, "applications.nav", "vault.nav", "workspace.team.nav"] as const;

/** The portal's sections: the application wizard, uploads, vault, team, bookings, passport prefill. */
export const PORTAL_CLIENT_MESSAGES = [
  ...PUBLIC_CLIENT_MESSAGES,
  "applications",
  "booking",
  "catalog",
  "passport",
  "vault",
  "workspace",
] as const;

/** The staff area's sections (the queue itself, /staff, has no client component with texts). */
export const STAFF_CLIENT_MESSAGES = [...PUBLIC_CLIENT_MESSAGES, "review", "booking"] as const;

/** The admin area: settings forms (labels in admin and booking.admin, staff roles, the reload prompt). */
export const ADMIN_CLIENT_MESSAGES = [...PUBLIC_CLIENT_MESSAGES, "admin", "booking", "review.roles", "review.actions"] as const;

/**
 * The parts of `messages` named by `paths` ("ns" or "ns.sub.tree"), in the same shape; a path
 * starting with "-" removes that sub-tree again from what earlier paths picked.
 */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    if (path.startsWith("-")) {
      omit(picked, path.slice(1).split("."));
      continue;
    }
    const keys = path.split(".");
    let source: unknown = messages;
    for (const key of keys) source = source && typeof source === "object" ? (source as Record<string, unknown>)[key] : undefined;
    if (source === undefined) continue;
    let target = picked as Record<string, unknown>;
    keys.slice(0, -1).forEach((key) => {
      if (typeof target[key] !== "object" || target[key] === null) target[key] = {};
      target = target[key] as Record<string, unknown>;
    });
    target[keys[keys.length - 1]] = source;
  }
  return picked;
}

/** Removes one sub-tree, copying the objects on its way so the loaded messages stay untouched. */
function omit(picked: AbstractIntlMessages, keys: string[]): void {
  let target = picked as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = target[key];
    if (!next || typeof next !== "object") return;
    target[key] = { ...(next as Record<string, unknown>) };
    target = target[key] as Record<string, unknown>;
  }
  delete target[keys[keys.length - 1]];
}

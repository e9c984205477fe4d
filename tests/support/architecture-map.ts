// The map of the code's layers (docs/architecture.md): which folder is kernel, shared domain, UI
// primitives, or which feature slice. The architecture test (tests/unit/architecture.test.ts) and
// the measuring script read it; the slice codemod (scripts/codemods/03-slices.ts) moves files by it.

/** The kernel: imports nothing above it. lib/db, lib/i18n, lib/log, lib/http and lib/env predate lib/kernel and are kernel too. */
export const KERNEL = ["lib/kernel/", "lib/db/", "lib/i18n/", "lib/log/", "lib/http/", "lib/env.ts", "lib/zod-jitless.ts", "messages/"];

/** Shared domain modules: the catalog, the pure rules, the workflow, storage, the working calendar, the outbox. Import the kernel and each other only. */
export const SHARED_DOMAIN = [
  "lib/catalog/",
  "lib/rules/",
  "lib/workflow/",
  "lib/storage/",
  "lib/calendar/",
  "lib/lifecycle/",
  "lib/outbox/",
];

/** UI primitives and the page frame: import the kernel only (and each other). */
export const UI = ["components/ui/"];

/** Folders of components/ that belong to a slice of another name. */
const SLICE_ALIASES: Record<string, string> = { notifications: "notify" };

/**
 * The feature slice each file of the old horizontal lib/data belongs to, by name. The slice codemod
 * moves them there; until a file has moved, the architecture test treats it as part of its slice.
 */
export const DATA_SLICES: [RegExp, string][] = [
  [/^(account-tokens|change-password|register-applicant|sign-in-throttle|throttles|rate-limit-store|user-sessions|users)\.ts$/, "auth"],
  [
    /^(admin-reference|admin-staff|outbox-admin|outbox-health|reference-data|applicant-reference-data|reference-data-version)\.ts$/,
    "admin",
  ],
  [/^(application-\w+|audit-timeline|document-files|extension-draft|file-access)\.ts$/, "applications"],
  [/^(stored-file-references|upload-quotas)\.ts$/, "uploads"],
  [/^(appointments|appointments-schedule|booking-settings[\w-]*)\.ts$/, "booking"],
  [/^working-calendar\.ts$/, "calendar"],
  [/^company-(invitations|members|verification)\.ts$/, "company"],
  [/^(company-vault|invoices|payments-staff)\.ts$/, "payments"],
  [/^people(-dashboard)?\.ts$/, "people"],
  [/^passport-scans-applicant\.ts$/, "passport"],
  [/^notification(s|-preferences)\.ts$/, "notify"],
  [/^(review-[\w-]+|staff-queue[\w-]*|changes-deadline|passport-check)\.ts$/, "review"],
  [/^reports\.ts$/, "reports"],
  [/^status-lookup\.ts$/, "status"],
  [/^health\.ts$/, "health"],
];

/** The slice of a lib/ or components/ file: its feature folder's name (components/review and lib/review are one slice). */
export function sliceOf(file: string): string | null {
  const data = /^lib\/data\/([^/]+)$/.exec(file);
  if (data) return DATA_SLICES.find(([pattern]) => pattern.test(data[1].replace(/\.test\.ts$/, ".ts")))?.[1] ?? "data";
  const match = /^(lib|components)\/([^/]+)\//.exec(file);
  if (!match) return null;
  return SLICE_ALIASES[match[2]] ?? match[2];
}

export type Layer = "kernel" | "shared" | "ui" | "slice" | "app" | "other";

export function layerOf(file: string): Layer {
  if (KERNEL.some((p) => file.startsWith(p))) return "kernel";
  if (/^lib\/data\/working-calendar/.test(file)) return "shared";
  if (SHARED_DOMAIN.some((p) => file.startsWith(p))) return "shared";
  if (UI.some((p) => file.startsWith(p))) return "ui";
  if (file.startsWith("app/")) return "app";
  if (sliceOf(file)) return "slice";
  return "other";
}

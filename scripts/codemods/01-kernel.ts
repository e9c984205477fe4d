// Issue 12, step 1: the kernel at the bottom. Re-runnable after a rebase (moves already made are
// skipped; imports that still name an old place are rewritten):
//   npx tsx scripts/codemods/01-kernel.ts
// The definitions themselves were moved by hand in the same commit; this script points every
// importer at their new home and moves whole files (the server actions components used to import
// from app/ go to their feature folder).
import { mergeImports, moveFiles, moveSymbols } from "./lib/rewrite";

export const FILE_MOVES: [string, string][] = [
  ["lib/format.ts", "lib/kernel/format.ts"],
  ["lib/booking/scope.ts", "lib/kernel/scope.ts"],
  ["lib/auth/roles.ts", "lib/kernel/roles.ts"],
  ["lib/auth/roles.test.ts", "lib/kernel/roles.test.ts"],
  // Server actions live in their feature, so that components never import from app/.
  ["app/[locale]/admin/actions.ts", "lib/admin/actions.ts"],
  ["app/[locale]/admin/emails/actions.ts", "lib/admin/email-actions.ts"],
  ["app/[locale]/admin/calendar/actions.ts", "lib/admin/calendar-actions.ts"],
  ["app/[locale]/admin/workflow-actions.ts", "lib/admin/workflow-actions.ts"],
  ["app/[locale]/profile/actions.ts", "lib/auth/profile-actions.ts"],
  ["app/[locale]/(auth)/verify-email/actions.ts", "lib/auth/verify-email-actions.ts"],
  ["app/[locale]/notifications/actions.ts", "lib/notify/actions.ts"],
  ["app/[locale]/staff/companies/actions.ts", "lib/company/verification-actions.ts"],
  ["app/[locale]/staff/schedule/actions.ts", "lib/booking/schedule-actions.ts"],
  ["app/[locale]/staff/payments/actions.ts", "lib/payments/actions.ts"],
  ["app/[locale]/staff/applications/[id]/actions.ts", "lib/review/actions.ts"],
  ["app/[locale]/staff/applications/[id]/run-review-action.ts", "lib/review/run-review-action.ts"],
  ["app/[locale]/portal/applications/[id]/appointment/actions.ts", "lib/booking/actions.ts"],
  // A review job, not part of the shared workflow (it imported the review slice from below).
  ["lib/workflow/changes-deadline-job.ts", "lib/review/changes-deadline-job.ts"],
];

export const SYMBOL_MOVES = [
  { names: ["CurrentUser"], from: "lib/data/users", to: "lib/kernel/access" },
  { names: ["AccessDeniedError", "assertRole", "applicantCompanyId"], from: "lib/data/authorize", to: "lib/kernel/access" },
  { names: ["FormResult", "fieldErrorsOf"], from: "lib/auth/schemas", to: "lib/kernel/forms" },
  { names: ["CENTRE_TIME_ZONE"], from: "lib/kernel/format", to: "lib/kernel/time" },
  { names: ["CENTRE_TIME_ZONE"], from: "lib/rules/iso-date", to: "lib/kernel/time" },
  { names: ["safeReturnPath"], from: "lib/kernel/roles", to: "lib/auth/return-path" },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = moveFiles(FILE_MOVES);
  const symbols = moveSymbols(SYMBOL_MOVES);
  mergeImports([...new Set(SYMBOL_MOVES.map((m) => m.to))]);
  console.log(`moved ${files.moved} files, rewrote specifiers in ${files.rewritten} files, moved symbol imports in ${symbols} files`);
}

// Issue 12, step 6: two modules every slice writes through leave the slices that happened to hold
// them, which broke four pairs of slices importing each other:
// - the upload quotas and the stored-file references belong to uploads (applications, payments,
//   passport reading and the storage sweep all use them);
// - the transactional outbox (enqueue, the notification definitions, the e-mail policy) becomes the
//   shared lib/outbox, written in the transaction of every slice's change; lib/notify keeps the
//   worker, the rendering and the preferences;
// - the due date (counted in working days from the originals' receipt) is read by review and by
//   booking's check-in: it joins the shared working calendar, with the pure processing-time rule;
// - the company document vault is part of payments (the "payments (+ vault)");
// - the e-mail preferences action moves from auth to notify, beside the preferences it saves.
// Re-runnable: npx tsx scripts/codemods/06-boundaries.ts
import { execFileSync } from "node:child_process";
import { moveFiles, ROOT } from "./lib/rewrite";

export const FILE_MOVES: [string, string][] = [
  ["lib/applications/data/upload-quotas.ts", "lib/uploads/data/upload-quotas.ts"],
  ["lib/applications/data/stored-file-references.ts", "lib/uploads/data/stored-file-references.ts"],
  ["lib/notify/enqueue.ts", "lib/outbox/enqueue.ts"],
  ["lib/notify/kinds.ts", "lib/outbox/kinds.ts"],
  ["lib/notify/kinds.test.ts", "lib/outbox/kinds.test.ts"],
  ["lib/notify/policy.ts", "lib/outbox/policy.ts"],
  ["lib/review/processing-time.ts", "lib/rules/processing-time.ts"],
  ["lib/review/processing-time.test.ts", "lib/rules/processing-time.test.ts"],
  ["lib/review/data/review-due-date.ts", "lib/calendar/due-date.ts"],
  // Code written before the slices may still name its first home.
  ["lib/data/review-due-date.ts", "lib/calendar/due-date.ts"],
  ["lib/vault/actions.ts", "lib/payments/vault-actions.ts"],
  ["lib/vault/slots.ts", "lib/payments/vault-slots.ts"],
  ["lib/vault/slots.test.ts", "lib/payments/vault-slots.test.ts"],
  // The e-mail preferences form's action belongs with the preferences, not with sign-in.
  ["lib/auth/profile-actions.ts", "lib/notify/preferences-actions.ts"],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = moveFiles(FILE_MOVES);
  console.log(`moved ${result.moved} files, rewrote specifiers in ${result.rewritten} files`);
  execFileSync("npx", ["tsx", "scripts/codemods/write-slice-surface.ts"], { cwd: ROOT, stdio: "inherit" });
}

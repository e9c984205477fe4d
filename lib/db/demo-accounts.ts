// Demo data for a new machine: printed in README, on the console at start, and on the
// sign-in page when SHOW_DEMO_ACCOUNTS=1. Never created, shown or accepted at sign-in in
// production unless DEMO_MODE=1 (lib/env.ts isDemoAllowed).
export const DEMO_COMPANY = { name: "Demo Capital Partners Ltd.", bin: "180340021791" } as const;

export const DEMO_ACCOUNTS = [
  { role: "APPLICANT", email: "applicant@demo.aifc.kz", password: "Applicant-Demo-2026", name: "Aigerim Seitkali" },
  { role: "STAFF", email: "staff@demo.aifc.kz", password: "Staff-Demo-2026", name: "Daniyar Omarov" },
  { role: "ADMIN", email: "admin@demo.aifc.kz", password: "Admin-Demo-2026", name: "Saule Nurlanovna" },
] as const;

export function isDemoAccountEmail(email: string): boolean {
  const normalised = email.trim().toLowerCase();
  return DEMO_ACCOUNTS.some((account) => account.email === normalised);
}

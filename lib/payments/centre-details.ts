import { CENTRE_ADDRESS } from "@/lib/booking/centre";

// The payee printed on every invoice. The guide does not publish the Expat Centre's bank details,
// so they come from the environment (set them in production); the defaults say so plainly.

export type PayeeDetails = { name: string; bin: string; iban: string; bank: string; bic: string; kbe: string; address: string };

export function payeeDetails(env: Record<string, string | undefined> = process.env): PayeeDetails {
  const unset = "—";
  return {
    name: env.PAYEE_NAME ?? "AIFC Authority JSC (Expat Centre)",
    bin: env.PAYEE_BIN ?? unset,
    iban: env.PAYEE_IBAN ?? unset,
    bank: env.PAYEE_BANK ?? unset,
    bic: env.PAYEE_BIC ?? unset,
    kbe: env.PAYEE_KBE ?? "16",
    address: env.PAYEE_ADDRESS ?? CENTRE_ADDRESS,
  };
}

import { allServices, COMPANY_DOCUMENT_CODES, type CompanyDocumentCode } from "@/lib/catalog";

// Pure: which slots the company document vault offers, read from the catalog. A document that any
// checklist asks for "in Kazakh and Russian" gets two slots (KK and RU), so each language version
// is uploaded, replaced and dated on its own; the others get one slot (ANY).

export type VaultLanguage = "ANY" | "KK" | "RU";
export type VaultSlot = { code: CompanyDocumentCode; language: VaultLanguage };

export function vaultSlots(): VaultSlot[] {
  const services = allServices();
  return COMPANY_DOCUMENT_CODES.flatMap((code): VaultSlot[] => {
    const bilingual = services.some((s) => s.documents.some((d) => d.code === code && d.requirements.includes("KAZAKH_AND_RUSSIAN")));
    return bilingual
      ? [
          { code, language: "KK" },
          { code, language: "RU" },
        ]
      : [{ code, language: "ANY" }];
  });
}

export function isVaultSlot(code: string, language: string): language is VaultLanguage {
  return vaultSlots().some((s) => s.code === code && s.language === language);
}

/** Days before `validUntil` from which the vault warns that a document is about to lapse. */
export const VALIDITY_WARNING_DAYS = 30;

export type Validity = "NONE" | "VALID" | "EXPIRING" | "EXPIRED";

/** `today` and `validUntil` are ISO dates (YYYY-MM-DD) in Astana. */
export function validityOf(validUntil: string | null, today: string, warningDays = VALIDITY_WARNING_DAYS): Validity {
  if (!validUntil) return "NONE";
  if (validUntil < today) return "EXPIRED";
  const warnFrom = new Date(`${validUntil}T00:00:00Z`);
  warnFrom.setUTCDate(warnFrom.getUTCDate() - warningDays);
  return today >= warnFrom.toISOString().slice(0, 10) ? "EXPIRING" : "VALID";
}

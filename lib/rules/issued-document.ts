// Which services end with a visa or permit issued to the people of the request, and of which
// category. Completing one of them is the moment the company's people register can learn the new
// document's expiry (issue 17: the people dashboard's "current visa or residence permit").
// Invitations, cancellations, IIN, tax residency and EDS issue no visa, so they are absent.

const ISSUED_CATEGORY: Readonly<Record<string, string>> = {
  WORK_VISA: "C3",
  INVESTOR_VISA: "A5",
  BUSINESS_VISA_B2: "B2",
  VISA_EXTENSION_C3: "C3",
  VISA_EXTENSION_B2: "B2",
  TRP: "TRP",
};

/** The category of visa or permit the service issues, or null when it issues none. */
export function issuedCategoryOf(serviceCode: string): string | null {
  return ISSUED_CATEGORY[serviceCode] ?? null;
}

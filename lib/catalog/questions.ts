import { z } from "zod";

// Answer fields shared by several services. Booleans default to the common case so that a
// short form (or a quote from the public calculator) parses without them.

/** A representative or authorised person acts for the company (POA with ID copy). */
export const viaRepresentative = z.boolean().default(false);
/** The company is a representative office or branch (general POA, legalised, translated). */
export const companyIsBranch = z.boolean().default(false);
/** Family members' visas are part of this request ("family members included" rows). */
export const familyMembersIncluded = z.boolean().default(false);
/**
 * The foreign employee (principal) is part of this request. False when only family members of
 * an employee who already holds a visa apply.
 */
export const principalIncluded = z.boolean().default(true);

/** The two validity bands of the visa and invitation tariffs (L84-85). */
export const visaValidityBand = z.enum(["UP_TO_2_YEARS", "YEARS_3_TO_5"]);

/** Date the current visa expires, for the extension window. */
export const visaExpiryDate = z.iso.date();
/** Extension is only possible with the same host party (L497); otherwise a new visa. */
export const sameHostParty = z.boolean();

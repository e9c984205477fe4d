import { isServiceCode, type ServiceCode } from "@/lib/catalog";

/**
 * The catalog code a URL segment names. Codes are canonical in upper snake case
 * (WORK_VISA_INVITATION); lower case and hyphens are accepted because people type URLs by hand.
 */
export function parseServiceCode(segment: string): ServiceCode | null {
  const normalized = segment.trim().toUpperCase().replaceAll("-", "_");
  return isServiceCode(normalized) ? normalized : null;
}

import { serviceCodes } from "@/lib/catalog";

/** The catalog's service codes, the only values the report's service filter accepts. */
export const REPORT_SERVICE_CODES: readonly string[] = serviceCodes;

import type { Tiyn } from "@/lib/catalog";

/**
 * Tiyn as a KZT decimal string with two places ("2162.50"): machine-readable, no grouping, no
 * float rounding (integer arithmetic only). Amounts in the catalog are never negative.
 */
export function tiynToKztDecimal(tiyn: Tiyn): string {
  if (!Number.isSafeInteger(tiyn) || tiyn < 0) throw new RangeError(`Not a tiyn amount: ${tiyn}`);
  return `${Math.trunc(tiyn / 100)}.${String(tiyn % 100).padStart(2, "0")}`;
}

/** An MRP count in tenths (5) as the number people read (0.5). */
export function mrpFromTenths(mrpTenths: number): number {
  return mrpTenths / 10;
}

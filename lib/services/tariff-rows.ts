import type { AnyServiceDefinition, AnyTariffRow, CatalogKey, ProcessingTime } from "@/lib/catalog";

// The tariff of a service as a flat list of rows, whatever it is keyed by, for tables, cards
// and the JSON API.

export interface TariffTableRow {
  /** The validity band or TRP role of the row; null when the service has a single row. */
  variant: string | null;
  row: AnyTariffRow;
}

export function tariffTableRows(service: AnyServiceDefinition): TariffTableRow[] {
  const tariff = service.tariff;
  if (tariff.by === null) return [{ variant: null, row: tariff.row }];
  return Object.entries(tariff.rows).flatMap(([variant, row]) => (row ? [{ variant, row }] : []));
}

/** The catalog text naming a row's variant ("3–5 years", "Expert"). */
export function variantLabelKey(service: AnyServiceDefinition, variant: string): CatalogKey {
  return (service.tariff.by === "trpRole" ? `questions.trpRole.options.${variant}` : `validityBands.${variant}`) as CatalogKey;
}

/**
 * One processing time for the whole service (listing cards): the span of its rows. Rows of
 * one service never mix minutes and working days in the guide; if one did, working days win.
 */
export function serviceProcessingTime(service: AnyServiceDefinition): ProcessingTime {
  const times = tariffTableRows(service).map((r) => r.row.processingTime);
  const days = times.filter((t) => t.kind === "WORKING_DAYS");
  if (days.length === 0) {
    return { kind: "MINUTES", value: Math.max(...times.map((t) => (t.kind === "MINUTES" ? t.value : 0))) };
  }
  return { kind: "WORKING_DAYS", min: Math.min(...days.map((t) => t.min)), max: Math.max(...days.map((t) => t.max)) };
}

/** The catalog message (catalog.processing.*) and its values for a processing time. */
export function processingTimeMessage(time: ProcessingTime): { key: CatalogKey; values: Record<string, number> } {
  if (time.kind === "MINUTES") return { key: "processing.minutes", values: { value: time.value } };
  if (time.min === time.max) return { key: "processing.workingDays", values: { count: time.max } };
  return { key: "processing.workingDaysRange", values: { min: time.min, max: time.max } };
}

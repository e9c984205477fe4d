import { getService, isServiceCode, type AnyServiceDefinition, type AnyTariffRow, type ProcessingTime } from "@/lib/catalog";

// Which tariff row's processing time applies to a submitted application. The row is chosen the
// way the quote chose it (validity band or TRP role); when it cannot be told (an old snapshot
// without a band), the longest time of the service is used, so a deadline is never too short.

export type ProcessingTimeInput = {
  serviceCode: string;
  validityBand?: string | null;
  trpRole?: string | null;
};

function rowsOf(service: AnyServiceDefinition): AnyTariffRow[] {
  const tariff = service.tariff;
  return tariff.by === null ? [tariff.row] : Object.values(tariff.rows).filter((r): r is AnyTariffRow => r !== undefined);
}

function pickRow(service: AnyServiceDefinition, input: ProcessingTimeInput): AnyTariffRow | null {
  const tariff = service.tariff;
  if (tariff.by === null) return tariff.row;
  const key = tariff.by === "validityBand" ? input.validityBand : input.trpRole;
  return key && Object.hasOwn(tariff.rows, key) ? ((tariff.rows as Record<string, AnyTariffRow | undefined>)[key] ?? null) : null;
}

/** Upper bound in working days (ranges use their maximum); MINUTES counts as 0 (due the same day). */
export function workingDaysOf(time: ProcessingTime): number {
  return time.kind === "MINUTES" ? 0 : time.max;
}

export function processingTimeFor(input: ProcessingTimeInput): ProcessingTime | null {
  if (!isServiceCode(input.serviceCode)) return null;
  const service = getService(input.serviceCode) as AnyServiceDefinition;
  const row = pickRow(service, input);
  if (row) return row.processingTime;
  return rowsOf(service)
    .map((r) => r.processingTime)
    .reduce<ProcessingTime | null>((longest, time) => (!longest || workingDaysOf(time) > workingDaysOf(longest) ? time : longest), null);
}

/** Whether the guide allows the 30-calendar-day extension for this service. */
export function mayExtendBy30Days(serviceCode: string): boolean {
  return isServiceCode(serviceCode) && (getService(serviceCode) as AnyServiceDefinition).mayExtendBy30CalendarDays;
}

export const EXTENSION_CALENDAR_DAYS = 30;

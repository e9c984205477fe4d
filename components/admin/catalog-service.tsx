import { useTranslations } from "next-intl";
import { FEE_OPTIONS, type AnyServiceDefinition, type AnyTariffRow, type ProcessingTime } from "@/lib/catalog";
import { formatKzt } from "@/lib/kernel/format";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import type { Locale } from "@/lib/kernel/locales";

/** One service with its tariff rows: fees per option, state duty in MRP, processing time. */
export function CatalogService({ service, locale }: { service: AnyServiceDefinition; locale: Locale }) {
  const t = useTranslations("admin.catalog");
  const tc = useTranslations("catalog");
  const tariff = service.tariff;
  const rows: [string, AnyTariffRow][] =
    tariff.by === null
      ? [["—", tariff.row]]
      : Object.entries(tariff.rows as Record<string, AnyTariffRow | undefined>).flatMap(([key, row]) =>
          row
            ? [
                [tariff.by === "validityBand" ? tc(`validityBands.${key}`) : tc(`questions.trpRole.options.${key}`), row] as [
                  string,
                  AnyTariffRow,
                ],
              ]
            : [],
        );
  const options = FEE_OPTIONS.filter((option) => rows.some(([, row]) => row.fees[option] !== undefined));
  const time = (p: ProcessingTime) =>
    p.kind === "MINUTES"
      ? tc("processing.minutes", { value: p.value })
      : p.min === p.max
        ? tc("processing.workingDays", { count: p.max })
        : tc("processing.workingDaysRange", { min: p.min, max: p.max });
  const headingId = `service-${service.code}`;
  return (
    <article aria-labelledby={headingId} className="space-y-2 rounded border border-slate-300 bg-white p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {tc(`services.${service.code}.title`)} <span className="font-mono text-sm font-normal text-slate-600">{service.code}</span>
      </h3>
      <p className="text-sm text-slate-700">
        {tc(`locations.${service.location}`)}
        {service.mayExtendBy30CalendarDays && <> · {t("mayExtend")}</>}
        {service.personalPresence && <> · {t("personalPresence")}</>}
      </p>
      <Table
        caption={t("tariffOf", { name: tc(`services.${service.code}.title`) })}
        columns={[
          { label: t("variant") },
          ...options.map((option) => ({ label: tc(`feeOptions.${option}.label`), align: "end" as const })),
          { label: tc("tariff.stateDuty") },
          { label: tc("tariff.processingTime") },
        ]}
        className="w-full text-sm"
      >
        {rows.map(([label, row]) => (
          <tr key={label}>
            <RowHeader>{label}</RowHeader>
            {options.map((option) => (
              <Cell key={option} align="end">
                {row.fees[option] !== undefined ? formatKzt(row.fees[option]!, locale) : t("notOffered")}
              </Cell>
            ))}
            <Cell>{row.stateDuty ? t("mrp", { count: row.stateDuty.mrpTenths / 10 }) : tc("tariff.noStateDuty")}</Cell>
            <Cell>{time(row.processingTime)}</Cell>
          </tr>
        ))}
      </Table>
    </article>
  );
}

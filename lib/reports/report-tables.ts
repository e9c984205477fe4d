import type { Report } from "./report-types";

// The report as plain tables in the reader's language: what both exports write (CSV sections,
// XLSX sheets), so the two always carry the same figures. Pure: translations are passed in.

export type Cell = string | number | null;
export type ReportTable = { id: string; title: string; columns: string[]; rows: Cell[][] };

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const days = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / 86_400) * 10) / 10);
/** Tiyn as KZT with two decimals: a number a spreadsheet can add up. */
const kzt = (tiyn: number) => tiyn / 100;

export function reportTables(report: Report, t: Translate, serviceName: (code: string) => string): ReportTable[] {
  const lapsed = report.lapsedSupported;
  const volumeColumns = [
    t("columns.service"),
    t("columns.received"),
    t("columns.completed"),
    t("columns.rejected"),
    ...(lapsed ? [t("columns.lapsed")] : []),
    t("columns.withdrawn"),
  ];
  const volumeRow = (name: string, row: Report["totals"]): Cell[] => [
    name,
    row.received,
    row.completed,
    row.rejected,
    ...(lapsed ? [row.lapsed] : []),
    row.withdrawn,
  ];
  const share = report.timeliness.share === null ? null : Math.round(report.timeliness.share * 1000) / 10;
  return [
    {
      id: "summary",
      title: t("sections.summary"),
      columns: [t("columns.item"), t("columns.value")],
      rows: [
        [t("columns.period"), `${report.from} – ${report.to}`],
        [t("columns.service"), report.service ? serviceName(report.service) : t("allServices")],
        [t("timeliness.withDeadline"), report.timeliness.withDeadline],
        [t("timeliness.onTime"), report.timeliness.onTime],
        [t("timeliness.late"), report.timeliness.late],
        [t("timeliness.sharePercent"), share],
      ],
    },
    {
      id: "volumes",
      title: t("sections.volumes"),
      columns: volumeColumns,
      rows: [...report.volumes.map((row) => volumeRow(serviceName(row.serviceCode), row)), volumeRow(t("total"), report.totals)],
    },
    {
      id: "weeks",
      title: t("sections.trend"),
      columns: [t("columns.weekStarting"), t("columns.received"), t("columns.completed")],
      rows: report.weeks.map((week) => [week.weekStart, week.received, week.completed]),
    },
    {
      id: "stages",
      title: t("sections.stages"),
      columns: [t("columns.stage"), t("columns.count"), t("columns.medianDays"), t("columns.p90Days")],
      rows: report.stages.map((stage) => [t(`stages.${stage.stage}`), stage.count, days(stage.medianSeconds), days(stage.p90Seconds)]),
    },
    {
      id: "appointments",
      title: t("sections.appointments"),
      columns: [t("columns.item"), t("columns.value")],
      rows: [
        [t("appointments.slots"), report.appointments.slots],
        [t("appointments.placesOffered"), report.appointments.placesOffered],
        [t("appointments.booked"), report.appointments.booked],
        [t("appointments.attended"), report.appointments.attended],
        [t("appointments.noShow"), report.appointments.noShow],
        [t("appointments.cancelled"), report.appointments.cancelled],
      ],
    },
    {
      id: "fees",
      title: t("sections.fees"),
      columns: [t("columns.item"), t("columns.count"), t("columns.serviceFeeKzt"), t("columns.totalKzt")],
      rows: [
        [t("fees.invoiced"), report.fees.invoicedCount, kzt(report.fees.invoicedServiceFeeTiyn), kzt(report.fees.invoicedTotalTiyn)],
        [t("fees.confirmed"), report.fees.confirmedCount, kzt(report.fees.confirmedServiceFeeTiyn), kzt(report.fees.confirmedTotalTiyn)],
      ],
    },
    {
      id: "late",
      title: t("sections.late"),
      columns: [
        t("columns.number"),
        t("columns.service"),
        t("columns.company"),
        t("columns.dueDate"),
        t("columns.completedOn"),
        t("columns.workingDaysLate"),
      ],
      rows: report.lateApplications.map((row) => [
        row.number,
        serviceName(row.serviceCode),
        row.companyName,
        row.dueDate,
        row.completedOn,
        row.workingDaysLate,
      ]),
    },
  ];
}

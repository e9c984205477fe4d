// The shape of a staff report (lib/reports/data/reports.ts builds it; pages, charts and exports read it).

export const REPORT_STAGES = [
  "WAITING_FOR_REVIEW",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "WAITING_FOR_PAYMENT",
  "WAITING_FOR_APPOINTMENT",
  "IN_PROCESSING",
] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

export type VolumeRow = { serviceCode: string; received: number; completed: number; rejected: number; withdrawn: number; lapsed: number };

export type WeekRow = { weekStart: string; received: number; completed: number };

export type LateApplication = {
  id: string;
  number: string;
  serviceCode: string;
  companyName: string;
  dueDate: string;
  completedOn: string;
  workingDaysLate: number;
};

export type StageRow = { stage: ReportStage; count: number; medianSeconds: number | null; p90Seconds: number | null };

export type Report = {
  from: string;
  to: string;
  service: string | null;
  /** False until the application lifecycle has a "lapsed" status (issue 17): lapsed counts are then 0 and hidden. */
  lapsedSupported: boolean;
  volumes: VolumeRow[];
  totals: Omit<VolumeRow, "serviceCode">;
  weeks: WeekRow[];
  timeliness: { completed: number; withDeadline: number; onTime: number; late: number; share: number | null };
  lateApplications: LateApplication[];
  stages: StageRow[];
  appointments: {
    slots: number;
    placesOffered: number;
    booked: number;
    attended: number;
    noShow: number;
    cancelled: number;
    seatsBooked: number;
  };
  fees: {
    invoicedCount: number;
    invoicedServiceFeeTiyn: number;
    invoicedTotalTiyn: number;
    confirmedCount: number;
    confirmedServiceFeeTiyn: number;
    confirmedTotalTiyn: number;
  };
};

import type { AppointmentStatus } from "@/lib/db/generated/enums";

/** What booking functions return: enough for a confirmation, nothing internal. */
export type AppointmentSummary = {
  id: string;
  applicationId: string;
  startsAt: Date;
  status: AppointmentStatus;
};

export const APPOINTMENT_SUMMARY_SELECT = { id: true, applicationId: true, startsAt: true, status: true } as const;

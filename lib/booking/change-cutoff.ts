import { subHours } from "date-fns";

/** The last moment an applicant may reschedule or cancel online (the admin's cut-off, e.g. 24 h). */
export function changeDeadline(startsAt: Date, changeCutoffHours: number): Date {
  return subHours(startsAt, changeCutoffHours);
}

export function canChangeOnline(startsAt: Date, changeCutoffHours: number, now: Date): boolean {
  return now <= changeDeadline(startsAt, changeCutoffHours);
}

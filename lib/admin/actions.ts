"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireArea } from "@/lib/auth/current-user";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import { addHoliday, removeHoliday, saveMrpRate } from "@/lib/admin/data/admin-reference";
import { changeStaffRole, inviteStaff, setStaffActive, type StaffChangeOutcome } from "@/lib/admin/data/admin-staff";
import type { ReviewActionResult } from "@/lib/review/action-result";
import { holidaySchema, inviteStaffSchema, mrpRateSchema, staffActiveSchema, staffRoleSchema } from "@/lib/admin/schemas";
import { isIsoDate } from "@/lib/rules/iso-date";

// Admin settings: each action re-authenticates (requireArea), re-validates and calls one
// lib/data function, which checks the ADMIN role again.

const invalid = (error: z.ZodError): ReviewActionResult => ({
  ok: false,
  fieldErrors: fieldErrorsOf(error),
  formError: "review.errors.INVALID_INPUT",
});
const done = (): ReviewActionResult => {
  revalidatePath("/[locale]/admin", "layout");
  return { ok: true };
};

export async function saveMrpAction(input: unknown): Promise<ReviewActionResult> {
  const user = await requireArea("admin");
  const parsed = mrpRateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  await saveMrpRate(user, { year: parsed.data.year, valueTiyn: parsed.data.valueKzt * 100 });
  return done();
}

export async function addHolidayAction(input: unknown): Promise<ReviewActionResult> {
  const user = await requireArea("admin");
  const parsed = holidaySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await addHoliday(user, parsed.data);
  if (!outcome.ok) return { ok: false, fieldErrors: { date: "admin.holidays.taken" } };
  return done();
}

export async function removeHolidayAction(date: unknown): Promise<ReviewActionResult> {
  const user = await requireArea("admin");
  if (!isIsoDate(date)) return { ok: false, formError: "review.errors.INVALID_INPUT" };
  if (!(await removeHoliday(user, date))) return { ok: false, formError: "review.errors.NOT_FOUND" };
  return done();
}

export type InviteResult = ReviewActionResult & { temporaryPassword?: string; email?: string };

export async function inviteStaffAction(input: unknown): Promise<InviteResult> {
  const user = await requireArea("admin");
  const parsed = inviteStaffSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await inviteStaff(user, parsed.data);
  if (!outcome.ok) return { ok: false, fieldErrors: { email: "admin.staff.emailTaken" } };
  revalidatePath("/[locale]/admin", "layout");
  // Shown once to the administrator and never stored in clear.
  return { ok: true, temporaryPassword: outcome.temporaryPassword, email: parsed.data.email.trim().toLowerCase() };
}

const STAFF_CHANGE_ERRORS: Record<Exclude<StaffChangeOutcome, "OK">, string> = {
  NOT_FOUND: "review.errors.NOT_FOUND",
  SELF: "admin.staff.notYourself",
};

const staffOutcome = (outcome: StaffChangeOutcome): ReviewActionResult =>
  outcome === "OK" ? done() : { ok: false, formError: STAFF_CHANGE_ERRORS[outcome] };

export async function changeRoleAction(input: unknown): Promise<ReviewActionResult> {
  const user = await requireArea("admin");
  const parsed = staffRoleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return staffOutcome(await changeStaffRole(user, parsed.data));
}

export async function setActiveAction(input: unknown): Promise<ReviewActionResult> {
  const user = await requireArea("admin");
  const parsed = staffActiveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return staffOutcome(await setStaffActive(user, parsed.data));
}

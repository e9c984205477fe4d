"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireArea } from "@/lib/auth/current-user";
import type { CurrentUser } from "@/lib/kernel/access";
import { answerRefusals, runFormAction } from "@/lib/kernel/actions";
import { fieldErrorsOf, type ActionResult } from "@/lib/kernel/forms";
import { addHoliday, removeHoliday, saveMrpRate } from "@/lib/admin/data/admin-reference";
import { changeStaffRole, inviteStaff, setStaffActive } from "@/lib/admin/data/admin-staff";
import { adminRefusal } from "@/lib/admin/errors";
import { holidaySchema, inviteStaffSchema, isoDateSchema, mrpRateSchema, staffActiveSchema, staffRoleSchema } from "@/lib/admin/schemas";

// Admin settings: each action runs through runFormAction (re-authenticate with requireArea,
// re-validate, one lib/admin/data function, which checks the ADMIN role again). Refusals are
// AdminErrors, answered from their one message table (lib/admin/errors.ts).

const invalid = (error: z.ZodError): ActionResult => ({
  ok: false,
  fieldErrors: fieldErrorsOf(error),
  formError: "review.errors.INVALID_INPUT",
});

/** The steps every admin form shares; the schema and the use case differ. */
function adminAction<S extends z.ZodType>(
  schema: S,
  input: unknown,
  run: (user: CurrentUser, data: z.output<S>) => Promise<unknown>,
  invalidAnswer: (error: z.ZodError) => ActionResult = invalid,
): Promise<ActionResult> {
  return runFormAction({
    actor: () => requireArea("admin"),
    schema,
    input,
    run,
    invalid: invalidAnswer,
    refused: answerRefusals(adminRefusal),
    revalidate: () => revalidatePath("/[locale]/admin", "layout"),
  });
}

export async function saveMrpAction(input: unknown): Promise<ActionResult> {
  return adminAction(mrpRateSchema, input, (user, { year, valueKzt }) => saveMrpRate(user, { year, valueTiyn: valueKzt * 100 }));
}

export async function addHolidayAction(input: unknown): Promise<ActionResult> {
  return adminAction(holidaySchema, input, addHoliday);
}

export async function removeHolidayAction(date: unknown): Promise<ActionResult> {
  // The button has no field to show a malformed date at: the form-level message only.
  return adminAction(isoDateSchema, date, removeHoliday, () => ({ ok: false, formError: "review.errors.INVALID_INPUT" }));
}

export type InviteResult = ActionResult & { temporaryPassword?: string; email?: string };

export async function inviteStaffAction(input: unknown): Promise<InviteResult> {
  return runFormAction({
    actor: () => requireArea("admin"),
    schema: inviteStaffSchema,
    input,
    run: inviteStaff,
    invalid,
    refused: answerRefusals(adminRefusal),
    revalidate: () => revalidatePath("/[locale]/admin", "layout"),
    // Shown once to the administrator and never stored in clear.
    answer: ({ temporaryPassword }, data) => ({ temporaryPassword, email: data.email.trim().toLowerCase() }),
  });
}

export async function changeRoleAction(input: unknown): Promise<ActionResult> {
  return adminAction(staffRoleSchema, input, changeStaffRole);
}

export async function setActiveAction(input: unknown): Promise<ActionResult> {
  return adminAction(staffActiveSchema, input, setStaffActive);
}

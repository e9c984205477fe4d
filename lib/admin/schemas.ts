import { z } from "zod";
import { isIsoDate } from "@/lib/rules/iso-date";

// The admin forms (MRP, holidays, staff accounts): one schema each, used by the form's
// zodResolver and parsed again by the server action. Messages are keys under "admin.validation".

// "4 325" is read as 4325; "" as no answer; anything that is not digits ("4,5", "4.5") is not
// turned into NaN (whose message would be zod's own, in English): it gets a message of ours.
const wholeNumber = (required: string, notWhole: string) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v.replace(/[\s\u00a0]/g, "") === ""
          ? undefined
          : /^\d+$/.test(v.replace(/[\s\u00a0]/g, ""))
            ? Number(v.replace(/[\s\u00a0]/g, ""))
            : v
        : v,
    z.number({ error: (issue) => (issue.input === undefined ? required : notWhole) }).int(notWhole),
  );

export const mrpRateSchema = z.object({
  year: wholeNumber("admin.validation.yearRequired", "admin.validation.year").pipe(
    z.number().min(2000, "admin.validation.year").max(2100, "admin.validation.year"),
  ),
  // MRP values are whole tenge (the law sets them so); stored as tiyn.
  valueKzt: wholeNumber("admin.validation.mrpRequired", "admin.validation.mrpWhole").pipe(
    z.number().min(1, "admin.validation.mrpPositive").max(1_000_000, "admin.validation.mrpTooLarge"),
  ),
});
export type MrpRateInput = z.input<typeof mrpRateSchema>;

/** A holiday's date as the "remove" button sends it. */
export const isoDateSchema = z.custom<string>(isIsoDate);

export const HOLIDAY_KINDS = ["HOLIDAY", "DAY_OFF", "WORKING_DAY"] as const;

export const holidaySchema = z
  .object({
    date: z.string().trim().refine(isIsoDate, "admin.validation.date"),
    name: z.string().trim().min(1, "admin.validation.holidayName").max(200, "review.validation.tooLong"),
    kind: z.enum(HOLIDAY_KINDS, { error: "admin.validation.kind" }),
  })
  .superRefine((value, ctx) => {
    if (!isIsoDate(value.date)) return;
    const weekday = new Date(`${value.date}T00:00:00Z`).getUTCDay();
    // A moved working day is a Saturday or Sunday worked by decree; any other day already is one.
    if (value.kind === "WORKING_DAY" && weekday !== 0 && weekday !== 6) {
      ctx.addIssue({ code: "custom", path: ["kind"], message: "admin.validation.workingDayOnWeekend" });
    }
  });
export type HolidayInput = z.input<typeof holidaySchema>;

export const STAFF_ROLES = ["STAFF", "ADMIN"] as const;

export const inviteStaffSchema = z.object({
  name: z.string().trim().min(1, "validation.nameRequired").max(200, "validation.tooLong"),
  email: z.string().trim().min(1, "validation.emailInvalid").max(254, "validation.tooLong").pipe(z.email("validation.emailInvalid")),
  role: z.enum(STAFF_ROLES, { error: "admin.validation.role" }),
});
export type InviteStaffInput = z.input<typeof inviteStaffSchema>;

export const staffRoleSchema = z.object({
  userId: z.string().min(1).max(40),
  role: z.enum(STAFF_ROLES, { error: "admin.validation.role" }),
});
export const staffActiveSchema = z.object({ userId: z.string().min(1).max(40), isActive: z.boolean() });

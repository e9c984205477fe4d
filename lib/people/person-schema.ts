import { z } from "zod";
import { validateBin } from "@/lib/rules/bin";

export const RELATIONSHIPS = ["SPOUSE", "CHILD", "PARENT", "OTHER"] as const;
/** As the passport's MRZ prints it; X is "unspecified". Optional: older entries have none. */
export const SEXES = ["M", "F", "X"] as const;

// A message per date field (GOV.UK: say which date is wrong), and a real calendar day, not just the shape.
const isRealDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const isoDate = (message: string) => z.string().refine(isRealDate, message);
const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal("").transform(() => null), schema]).nullable();

// One schema for the person form, used by the client (zodResolver) and the server action.
// Messages are keys in the "applications" namespace.
export const personSchema = z
  .object({
    fullName: z
      .string()
      .trim()
      .min(1, "applications.validation.fullNameRequired")
      .max(200, "validation.tooLong")
      .regex(/^[A-Za-z][A-Za-z' -]*$/, "applications.validation.latinName"),
    citizenship: z.string().regex(/^[A-Z]{2}$/, "applications.validation.citizenship"),
    dateOfBirth: isoDate("applications.validation.dateOfBirth"),
    passportNumber: z
      .string()
      .trim()
      .toUpperCase()
      .min(5, "applications.validation.passportNumber")
      .max(20, "applications.validation.passportNumber")
      .regex(/^[A-Z0-9]+$/, "applications.validation.passportNumber"),
    passportIssuedOn: isoDate("applications.validation.passportIssuedOn"),
    passportExpiresOn: isoDate("applications.validation.passportExpiresOn"),
    sex: optional(z.enum(SEXES)).optional(),
    // The IIN has the same check digit as the BIN (lib/rules/bin.ts): a typo is caught here.
    iin: optional(
      z
        .string()
        .trim()
        .regex(/^\d{12}$/, "applications.validation.iin")
        .refine((v) => validateBin(v) === null, "applications.validation.iinCheckDigit"),
    ),
    visaCategory: optional(z.enum(["C3", "A5", "B1", "B2", "B3", "TRP", "OTHER"])),
    visaExpiresOn: optional(isoDate("applications.validation.visaExpiresOn")),
    principalId: optional(z.string().min(1)),
    relationship: optional(z.enum(RELATIONSHIPS)),
  })
  .superRefine((p, ctx) => {
    if (p.passportIssuedOn >= p.passportExpiresOn) {
      ctx.addIssue({ code: "custom", path: ["passportExpiresOn"], message: "applications.validation.expiryAfterIssue" });
    }
    if (p.dateOfBirth >= p.passportIssuedOn) {
      ctx.addIssue({ code: "custom", path: ["passportIssuedOn"], message: "applications.validation.issueAfterBirth" });
    }
    if (p.principalId && !p.relationship) {
      ctx.addIssue({ code: "custom", path: ["relationship"], message: "applications.validation.relationshipRequired" });
    }
    if (p.visaCategory && !p.visaExpiresOn) {
      ctx.addIssue({ code: "custom", path: ["visaExpiresOn"], message: "applications.validation.visaExpiryRequired" });
    }
  });

export type PersonInput = z.input<typeof personSchema>;
export type PersonValues = z.output<typeof personSchema>;

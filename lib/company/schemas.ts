import { z } from "zod";
import { checkPasswordStrength } from "@/lib/rules/password-strength";

// Issue 17: the colleagues forms, shared by the pages and their server actions. Messages are keys.

export const COMPANY_ROLES = ["ADMIN", "MEMBER"] as const;
export type CompanyRoleName = (typeof COMPANY_ROLES)[number];

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "validation.emailInvalid")
  .max(254, "validation.tooLong")
  .pipe(z.email("validation.emailInvalid"));

export const inviteMemberSchema = z.object({ email, role: z.enum(COMPANY_ROLES, "workspace.team.validation.role") });
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

export const memberRoleSchema = z.object({
  userId: z.string().min(1).max(40),
  role: z.enum(COMPANY_ROLES, "workspace.team.validation.role"),
});
export const memberIdSchema = z.object({ userId: z.string().min(1).max(40) });
export const invitationIdSchema = z.object({ invitationId: z.string().min(1).max(40) });

const PASSWORD_PROBLEM_KEYS = {
  TOO_SHORT: "validation.passwordTooShort",
  TOO_LONG: "validation.passwordTooLong",
  TOO_COMMON: "validation.passwordTooCommon",
  CONTAINS_EMAIL: "validation.passwordContainsEmail",
} as const;

/** Accepting an invitation: the invitee's name and a password (the e-mail is the invitation's). */
export function acceptInvitationSchema(invitedEmail: string) {
  return z
    .object({
      name: z.string().trim().min(1, "validation.nameRequired").max(200, "validation.tooLong"),
      password: z.string().max(1024, "validation.tooLong"),
    })
    .superRefine((value, ctx) => {
      const problem = checkPasswordStrength(value.password, invitedEmail);
      if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: PASSWORD_PROBLEM_KEYS[problem] });
    });
}
export type AcceptInvitationInput = { name: string; password: string };

/** Invitation links are valid this long. */
export const INVITATION_DAYS = 7;

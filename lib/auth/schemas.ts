import { z } from "zod";
import { validateBin } from "@/lib/rules/bin";
import { checkPasswordStrength } from "@/lib/rules/password-strength";

// Error messages are message keys under "validation" (or "auth.*"); forms translate them.
export const signInSchema = z.object({
  email: z.string().trim().min(1, "validation.emailInvalid").max(254, "validation.tooLong").pipe(z.email("validation.emailInvalid")),
  password: z.string().min(1, "validation.passwordRequired").max(1024, "validation.tooLong"),
  callbackUrl: z.string().optional(),
});

const PASSWORD_PROBLEM_KEYS = {
  TOO_SHORT: "validation.passwordTooShort",
  TOO_LONG: "validation.passwordTooLong",
  TOO_COMMON: "validation.passwordTooCommon",
  CONTAINS_EMAIL: "validation.passwordContainsEmail",
} as const;

export const registerSchema = z
  .object({
    name: z.string().trim().min(1, "validation.nameRequired").max(200, "validation.tooLong"),
    email: z.string().trim().min(1, "validation.emailInvalid").max(254, "validation.tooLong").pipe(z.email("validation.emailInvalid")),
    password: z.string(),
    companyName: z.string().trim().min(1, "validation.companyNameRequired").max(300, "validation.tooLong"),
    bin: z.string().trim(),
  })
  .superRefine((value, ctx) => {
    const passwordProblem = checkPasswordStrength(value.password, value.email);
    if (passwordProblem) ctx.addIssue({ code: "custom", path: ["password"], message: PASSWORD_PROBLEM_KEYS[passwordProblem] });
    const binProblem = validateBin(value.bin);
    if (binProblem) {
      ctx.addIssue({
        code: "custom",
        path: ["bin"],
        message: binProblem === "FORMAT" ? "validation.binFormat" : "validation.binCheckDigit",
      });
    }
  });
export type RegisterInput = z.infer<typeof registerSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.passwordRequired").max(1024, "validation.tooLong"),
    newPassword: z.string(),
  })
  .superRefine((value, ctx) => {
    const problem = checkPasswordStrength(value.newPassword);
    if (problem) ctx.addIssue({ code: "custom", path: ["newPassword"], message: PASSWORD_PROBLEM_KEYS[problem] });
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

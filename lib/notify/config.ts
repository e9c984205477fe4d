import path from "node:path";
import { z } from "zod";

// E-mail settings, read from the environment once per mailer and validated, so that a typo in
// SMTP_URL fails loudly at start instead of on the first e-mail. Without SMTP_URL, or with
// MAIL_TRANSPORT=file, e-mails are written to MAIL_DIR as .eml files (the development mailbox at
// /dev/mail lists them). Production requires one of the two explicitly (lib/env.ts).
const envSchema = z.object({
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().trim().min(3).default('"AIFC Expat Centre" <no-reply@aifc.kz>'),
  MAIL_DIR: z.string().trim().min(1).default(path.join(".data", "mail")),
});

export type MailConfig = { smtpUrl: string | undefined; from: string; mailDir: string };

export function readMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const parsed = envSchema.parse({
    SMTP_URL: env.MAIL_TRANSPORT === "file" ? undefined : env.SMTP_URL,
    MAIL_FROM: env.MAIL_FROM || undefined,
    MAIL_DIR: env.MAIL_DIR || undefined,
  });
  return { smtpUrl: parsed.SMTP_URL, from: parsed.MAIL_FROM, mailDir: path.resolve(parsed.MAIL_DIR) };
}

/** The development mailbox is never shown in production unless asked for explicitly. */
export function isDevMailboxEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== "production" || env.SHOW_DEV_MAILBOX === "1";
}

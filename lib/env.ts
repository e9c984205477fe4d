import path from "node:path";
import { z } from "zod";

// The environment, checked once when a server or worker starts (instrumentation.ts,
// scripts/worker.ts), so that a deployment missing a secret or with a malformed URL fails at
// start with every problem listed, instead of on the first request. In development everything has
// a default; under NODE_ENV=production nothing that matters is guessed
// (docs/decisions/010-production-mode.md; README "Running in production").
const flag = z.enum(["0", "1"]);
const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" });

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl.optional(),
    DIRECT_DATABASE_URL: postgresUrl.optional(),
    AUTH_SECRET: z.string().optional(),
    APP_URL: z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
    ALLOW_HTTP_APP_URL: flag.optional(),
    MAIL_TRANSPORT: z.enum(["smtp", "file"]).optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must start with smtp:// or smtps://" }).optional(),
    MAIL_FROM: z.string().min(3).optional(),
    PAYEE_NAME: z.string().min(3).optional(),
    PAYEE_BIN: z
      .string()
      .regex(/^\d{12}$/, "must be 12 digits")
      .optional(),
    PAYEE_IBAN: z
      .string()
      .regex(/^KZ\d{2}[0-9A-Z]{16}$/, "must be a Kazakh IBAN: KZ, 2 check digits and 16 letters or digits")
      .optional(),
    PAYEE_BANK: z.string().min(2).optional(),
    PAYEE_BIC: z
      .string()
      .regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, "must be a BIC (8 or 11 characters)")
      .optional(),
    PAYEE_KBE: z
      .string()
      .regex(/^\d{2}$/, "must be 2 digits")
      .optional(),
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    UPLOADS_DIR: z.string().min(1).optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name")
      .optional(),
    S3_REGION: z.string().min(1).optional(),
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
    S3_FORCE_PATH_STYLE: flag.optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_SSE: z.enum(["AES256", "aws:kms", "none"]).optional(),
    MAX_UPLOAD_BYTES: z.coerce.number().int().positive().optional(),
    DEMO_MODE: flag.optional(),
    SHOW_DEMO_ACCOUNTS: flag.optional(),
    NOTIFY_WORKER: flag.optional(),
    WORKER: flag.optional(),
    WORKER_HEALTH_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    MONITORING_TOKEN: z.string().min(24, "must be at least 24 random characters").optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).optional(),
    // Security hardening (issue 14): proxies in front whose X-Forwarded-For entries are believed,
    // upload quotas and the minimum transfer rate (lib/uploads/upload-limits.ts).
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).optional(),
    UPLOAD_MAX_FILES_PER_SLOT: z.coerce.number().int().positive().optional(),
    UPLOAD_MAX_VAULT_VERSIONS: z.coerce.number().int().positive().optional(),
    UPLOAD_MAX_RECEIPTS_PER_INVOICE: z.coerce.number().int().positive().optional(),
    UPLOAD_MAX_MB_PER_APPLICATION: z.coerce.number().int().positive().optional(),
    UPLOAD_MAX_MB_PER_COMPANY: z.coerce.number().int().positive().optional(),
    UPLOAD_MIN_BYTES_PER_SECOND: z.coerce.number().int().positive().optional(),
    UPLOAD_RATE_GRACE_SECONDS: z.coerce.number().int().positive().optional(),
    UPLOAD_TIMEOUT_SECONDS: z.coerce.number().int().positive().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.STORAGE_DRIVER === "s3") {
      // Checked in development too: a half-configured bucket would fail only on the first upload.
      if (!env.S3_BUCKET) ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "must be set with STORAGE_DRIVER=s3" });
      if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
        ctx.addIssue({
          code: "custom",
          path: ["S3_SECRET_ACCESS_KEY"],
          message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or neither, for the SDK's own credential chain)",
        });
      }
    }
    if (env.NODE_ENV !== "production") return;
    const missing = (key: string, message = "must be set in production") => ctx.addIssue({ code: "custom", path: [key], message });
    if (!env.DATABASE_URL) missing("DATABASE_URL");
    if (!env.AUTH_SECRET || env.AUTH_SECRET.length < 32)
      missing("AUTH_SECRET", "must be set to at least 32 random characters in production");
    if (!env.APP_URL) missing("APP_URL", "must be set in production to the public https:// address (used in e-mail links)");
    else if (env.APP_URL.startsWith("http:") && env.ALLOW_HTTP_APP_URL !== "1") {
      missing("APP_URL", "must be https:// in production (set ALLOW_HTTP_APP_URL=1 only for a local demonstration)");
    }
    if (env.MAIL_TRANSPORT !== "file" && !env.SMTP_URL) {
      missing("SMTP_URL", "must be set in production (or MAIL_TRANSPORT=file, for a demonstration, to write e-mails to files)");
    }
    for (const key of ["PAYEE_NAME", "PAYEE_BIN", "PAYEE_IBAN", "PAYEE_BANK", "PAYEE_BIC"] as const) {
      if (!env[key]) missing(key, "must be set in production (the payee's bank details printed on invoices)");
    }
    if (env.STORAGE_DRIVER === "local") {
      if (!env.UPLOADS_DIR)
        missing("UPLOADS_DIR", "must be set in production to the absolute path of the uploads volume (STORAGE_DRIVER=local)");
      else if (!path.isAbsolute(env.UPLOADS_DIR)) missing("UPLOADS_DIR", "must be an absolute path in production");
    }
  });

export type Environment = z.infer<typeof environmentSchema>;

/** The checked environment; throws one error listing every problem. */
export function checkEnvironment(source: Record<string, string | undefined> = process.env): Environment {
  const empty = (value: string | undefined) => (value === "" ? undefined : value);
  const parsed = environmentSchema.safeParse(Object.fromEntries(Object.entries(source).map(([k, v]) => [k, empty(v)])));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
}

/** Demo data, demo accounts and the "demonstration system" banner: development, or DEMO_MODE=1. */
export function isDemoAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV !== "production" || env.DEMO_MODE === "1";
}

/** The banner on every page: whenever DEMO_MODE=1 (the preview and the e2e server set it). */
export function isDemoMode(env: Record<string, string | undefined> = process.env): boolean {
  return env.DEMO_MODE === "1";
}

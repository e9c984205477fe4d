import { z } from "zod";

// The environment, checked once when a server starts (instrumentation.ts), so that a production
// deployment missing a secret or with a malformed URL fails at start with a clear message instead
// of on the first request. Optional integrations (SMTP, payee details) may stay unset.
const url = z.url();

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: url.optional(),
    AUTH_SECRET: z.string().optional(),
    SMTP_URL: url.optional(),
    APP_URL: url.optional(),
    MAX_UPLOAD_BYTES: z.coerce.number().int().positive().optional(),
    UPLOADS_DIR: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    if (!env.AUTH_SECRET || env.AUTH_SECRET.length < 32) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "must be set to at least 32 random characters in production" });
    }
    if (!env.DATABASE_URL) ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "must be set in production" });
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

import { describe, expect, it } from "vitest";
import { checkEnvironment, isDemoAllowed, isDemoMode } from "./env";

const COMPLETE = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://expat_app:p@db:5432/expat",
  AUTH_SECRET: "x".repeat(40),
  APP_URL: "https://expat.aifc.kz",
  SMTP_URL: "smtps://u:p@mail.example.kz:465",
  PAYEE_NAME: "AIFC Authority JSC",
  PAYEE_BIN: "180340021791",
  PAYEE_IBAN: "KZ86125KZT5004100100",
  PAYEE_BANK: "Example Bank JSC",
  PAYEE_BIC: "EXAMKZKA",
  UPLOADS_DIR: "/var/lib/expat/uploads",
};

const problems = (env: Record<string, string | undefined>) => {
  try {
    checkEnvironment(env);
    return [];
  } catch (error) {
    return (error as Error).message
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(":")[0]);
  }
};

describe("environment check", () => {
  it("accepts a development machine with nothing set", () => {
    expect(checkEnvironment({ NODE_ENV: "development" }).NODE_ENV).toBe("development");
  });
  it("accepts a complete production environment", () => {
    expect(checkEnvironment(COMPLETE).DATABASE_URL).toContain("db:5432");
  });
  it("lists every missing production variable at once", () => {
    expect(problems({ NODE_ENV: "production" }).sort()).toEqual(
      [
        "APP_URL",
        "AUTH_SECRET",
        "DATABASE_URL",
        "PAYEE_BANK",
        "PAYEE_BIC",
        "PAYEE_BIN",
        "PAYEE_IBAN",
        "PAYEE_NAME",
        "SMTP_URL",
        "UPLOADS_DIR",
      ].sort(),
    );
  });
  it.each([
    ["AUTH_SECRET", "short"],
    ["APP_URL", "http://expat.aifc.kz"],
    ["APP_URL", "not a url"],
    ["DATABASE_URL", "mysql://db/expat"],
    ["SMTP_URL", "not a url"],
    ["PAYEE_BIN", "12345"],
    ["PAYEE_IBAN", "DE89370400440532013000"],
    ["PAYEE_BIC", "x"],
    ["UPLOADS_DIR", "relative/uploads"],
    ["STORAGE_DRIVER", "ftp"],
    ["DEMO_MODE", "yes"],
    ["WORKER", "no"],
    ["MONITORING_TOKEN", "short"],
  ])("refuses %s=%s in production", (key, value) => {
    expect(problems({ ...COMPLETE, [key]: value })).toEqual([key]);
  });
  it("allows http APP_URL only when asked, and file e-mail instead of SMTP only when asked", () => {
    expect(problems({ ...COMPLETE, APP_URL: "http://localhost:3000", ALLOW_HTTP_APP_URL: "1" })).toEqual([]);
    expect(problems({ ...COMPLETE, SMTP_URL: undefined, MAIL_TRANSPORT: "file" })).toEqual([]);
    expect(problems({ ...COMPLETE, SMTP_URL: undefined })).toEqual(["SMTP_URL"]);
  });
  it("takes S3 storage instead of an uploads volume, with a bucket and paired credentials", () => {
    const s3 = {
      ...COMPLETE,
      UPLOADS_DIR: undefined,
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "expat-files",
      S3_ENDPOINT: "https://s3.example.kz",
    };
    expect(problems(s3)).toEqual([]);
    expect(problems({ ...s3, S3_ACCESS_KEY_ID: "AKIA", S3_SECRET_ACCESS_KEY: "secret" })).toEqual([]);
    expect(problems({ ...s3, S3_BUCKET: undefined })).toEqual(["S3_BUCKET"]);
    expect(problems({ ...s3, S3_ACCESS_KEY_ID: "AKIA" })).toEqual(["S3_SECRET_ACCESS_KEY"]);
    expect(problems({ ...s3, S3_BUCKET: "Not_A_Bucket" })).toEqual(["S3_BUCKET"]);
    expect(problems({ ...s3, S3_SSE: "rot13" })).toEqual(["S3_SSE"]);
    expect(problems({ NODE_ENV: "development", STORAGE_DRIVER: "s3" })).toEqual(["S3_BUCKET"]);
  });
  it("allows demo data in development, and in production only with DEMO_MODE=1", () => {
    expect(isDemoAllowed({ NODE_ENV: "development" })).toBe(true);
    expect(isDemoAllowed({ NODE_ENV: "production" })).toBe(false);
    expect(isDemoAllowed({ NODE_ENV: "production", DEMO_MODE: "1" })).toBe(true);
    expect(isDemoMode({ NODE_ENV: "production", DEMO_MODE: "1" })).toBe(true);
    expect(isDemoMode({ NODE_ENV: "development" })).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { checkEnvironment } from "./env";

describe("environment check", () => {
  it("accepts a development machine with nothing set", () => {
    expect(checkEnvironment({ NODE_ENV: "development" }).NODE_ENV).toBe("development");
  });
  it("refuses production without a strong AUTH_SECRET and a DATABASE_URL, naming both", () => {
    expect(() => checkEnvironment({ NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*AUTH_SECRET/);
  });
  it("refuses a malformed SMTP_URL", () => {
    expect(() => checkEnvironment({ NODE_ENV: "development", SMTP_URL: "not a url" })).toThrow(/SMTP_URL/);
  });
  it("accepts a complete production environment", () => {
    const env = checkEnvironment({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), DATABASE_URL: "postgresql://u:p@db:5432/expat", SMTP_URL: "smtps://u:p@mail.example.kz:465" });
    expect(env.DATABASE_URL).toContain("db:5432");
  });
});

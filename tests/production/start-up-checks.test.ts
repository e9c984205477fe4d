import { describe, expect, it } from "vitest";
import { productionEnvironment, startServer } from "./production-server";

// An operator who forgets a variable learns it at start, all at once, not on the first request.
const REQUIRED = ["AUTH_SECRET", "APP_URL", "SMTP_URL", "PAYEE_NAME", "PAYEE_BIN", "PAYEE_IBAN", "PAYEE_BANK", "PAYEE_BIC", "UPLOADS_DIR"];

describe("the production server's start-up check", () => {
  it("exits non-zero within seconds with only DATABASE_URL set, naming every missing variable", async () => {
    const server = await startServer({
      PATH: process.env.PATH!,
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://expat_app@127.0.0.1:1/expat",
    });
    const { code, afterMs } = await server.exited;
    console.info(`refused to start after ${afterMs} ms`);
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    for (const name of REQUIRED) expect(server.output(), name).toContain(name);
    expect(server.output()).not.toContain("DATABASE_URL:");
    expect(afterMs).toBeLessThan(30_000);
  });

  it("names DATABASE_URL when it is missing too", async () => {
    const server = await startServer({ PATH: process.env.PATH!, NODE_ENV: "production" });
    const { code } = await server.exited;
    expect(code).not.toBe(0);
    for (const name of ["DATABASE_URL", ...REQUIRED]) expect(server.output(), name).toContain(name);
  });

  it("refuses malformed values: an http APP_URL, a short AUTH_SECRET, a wrong IBAN, a relative uploads folder", async () => {
    const env = productionEnvironment("postgresql://expat_app@127.0.0.1:1/expat", {
      APP_URL: "http://portal.example.kz",
      AUTH_SECRET: "too-short",
      PAYEE_IBAN: "DE89370400440532013000",
      UPLOADS_DIR: "uploads",
    });
    const server = await startServer(env);
    const { code } = await server.exited;
    expect(code).not.toBe(0);
    const output = server.output();
    expect(output).toMatch(/APP_URL: must be https/);
    expect(output).toMatch(/AUTH_SECRET: must be set to at least 32/);
    expect(output).toMatch(/PAYEE_IBAN: must be a Kazakh IBAN/);
    expect(output).toMatch(/UPLOADS_DIR: must be an absolute path/);
    expect(output).not.toMatch(/PAYEE_BIN|SMTP_URL/);
  });

  it("accepts MAIL_TRANSPORT=file instead of SMTP_URL only when asked for explicitly", async () => {
    const env = productionEnvironment("postgresql://expat_app@127.0.0.1:1/expat", { SMTP_URL: undefined, AUTH_SECRET: "short" });
    const server = await startServer(env);
    await server.exited;
    expect(server.output()).toContain("SMTP_URL");
    const withFile = await startServer(
      productionEnvironment("postgresql://expat_app@127.0.0.1:1/expat", {
        SMTP_URL: undefined,
        MAIL_TRANSPORT: "file",
        AUTH_SECRET: "short",
      }),
    );
    await withFile.exited;
    expect(withFile.output()).not.toContain("SMTP_URL");
    expect(withFile.output()).toContain("AUTH_SECRET");
  });
});

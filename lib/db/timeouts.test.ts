import { describe, expect, it } from "vitest";
import { dbTimeouts, pgTimeoutOptions } from "./timeouts";

describe("database timeouts", () => {
  it("default to 5 s to connect, 15 s per statement (and for a free pooled connection), 30 s idle in a transaction", () => {
    const { Client, ...options } = pgTimeoutOptions(dbTimeouts({}));
    expect(options).toEqual({
      connectionTimeoutMillis: 15_000,
      query_timeout: 17_000,
      statement_timeout: 15_000,
      idle_in_transaction_session_timeout: 30_000,
    });
    expect((new Client({}) as unknown as { _connectionTimeoutMillis: number })._connectionTimeoutMillis).toBe(5_000);
  });
  it("take overrides from the environment and ignore nonsense", () => {
    const t = dbTimeouts({ DB_CONNECT_TIMEOUT_MS: "1000", DB_STATEMENT_TIMEOUT_MS: "2500", DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: "-4" });
    expect(t).toMatchObject({ connectMs: 1_000, statementMs: 2_500, idleInTransactionMs: 30_000, clientQueryMs: 4_500 });
  });
  it("can leave the server-side limits to the role's settings (a pooler that refuses startup parameters)", () => {
    const options = pgTimeoutOptions(dbTimeouts({ DB_TIMEOUTS_IN_STARTUP: "0" }));
    expect(options).not.toHaveProperty("statement_timeout");
    expect(options).not.toHaveProperty("idle_in_transaction_session_timeout");
    expect(options).toMatchObject({ connectionTimeoutMillis: 15_000, query_timeout: 17_000 });
  });
});

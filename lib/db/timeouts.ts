import pg from "pg";

// How long the portal waits for PostgreSQL before it gives up (issue 20: with the database frozen,
// every request used to hang for as long as it was frozen). Defaults, overridable per deployment:
//   DB_CONNECT_TIMEOUT_MS             5 000  a new connection, or a free one from the pool
//   DB_STATEMENT_TIMEOUT_MS          15 000  one statement (PostgreSQL cancels it)
//   DB_IDLE_IN_TRANSACTION_TIMEOUT_MS 30 000  a transaction left open with nothing running
// The server-side two go to PostgreSQL as startup parameters of each connection (not a session
// SET after connecting), which PgBouncer passes on when it is told to (README: "PgBouncer");
// DB_TIMEOUTS_IN_STARTUP=0 leaves them to the role's settings instead (ALTER ROLE … SET).
// A client-side limit a little above the statement timeout covers a server that cannot enforce
// its own (frozen, or a network that swallows packets): the query fails and the request answers.
// Waiting for a free pooled connection is a separate limit (the statement timeout): during a rush
// (50 people booking one slot) requests queue for the pool's connections rather than fail at 5 s.

export type DbTimeouts = { connectMs: number; statementMs: number; idleInTransactionMs: number; clientQueryMs: number; inStartup: boolean };

export const DEFAULT_DB_TIMEOUTS = { connectMs: 5_000, statementMs: 15_000, idleInTransactionMs: 30_000 } as const;

function positive(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function dbTimeouts(env: Record<string, string | undefined> = process.env): DbTimeouts {
  const statementMs = positive(env.DB_STATEMENT_TIMEOUT_MS, DEFAULT_DB_TIMEOUTS.statementMs);
  return {
    connectMs: positive(env.DB_CONNECT_TIMEOUT_MS, DEFAULT_DB_TIMEOUTS.connectMs),
    statementMs,
    idleInTransactionMs: positive(env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, DEFAULT_DB_TIMEOUTS.idleInTransactionMs),
    clientQueryMs: statementMs + 2_000,
    inStartup: env.DB_TIMEOUTS_IN_STARTUP !== "0",
  };
}

/**
 * The node-postgres options that apply them. pg-pool uses `connectionTimeoutMillis` both for
 * opening a connection and for waiting for a free one, so the pool gets the longer wait and each
 * connection its own connect limit through the Client class it creates.
 */
export function pgTimeoutOptions(timeouts: DbTimeouts = dbTimeouts()) {
  const connectMs = timeouts.connectMs;
  class ClientWithConnectTimeout extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectMs });
    }
  }
  return {
    Client: ClientWithConnectTimeout,
    connectionTimeoutMillis: Math.max(connectMs, timeouts.statementMs),
    query_timeout: timeouts.clientQueryMs,
    ...(timeouts.inStartup
      ? { statement_timeout: timeouts.statementMs, idle_in_transaction_session_timeout: timeouts.idleInTransactionMs }
      : {}),
  };
}

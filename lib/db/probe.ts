import pg from "pg";
import { databaseUrl } from "./database-url";
import { dbTimeouts } from "./timeouts";

/**
 * Does the database answer `SELECT 1` within `timeoutMs`? On its own short-lived connection, not
 * one of the pool's: a probe timing out while the database is frozen used to keep holding a pool
 * connection (issue 20). When time is up the socket is destroyed, which abandons the query on our
 * side and ends the backend as soon as the server notices; statement_timeout makes a live but
 * overloaded server cancel the query itself (sent as a startup parameter only where the pooler
 * accepts one: PgBouncer 1.18 refuses the connection otherwise; DB_TIMEOUTS_IN_STARTUP=0).
 */
export async function probeDatabase(timeoutMs = 2_000, connectionString = databaseUrl()): Promise<boolean> {
  const inStartup = dbTimeouts().inStartup;
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: timeoutMs,
    ...(inStartup ? { statement_timeout: timeoutMs } : {}),
  });
  // A destroyed socket reports an error on the client: expected here, never an unhandled event.
  client.on("error", () => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = (async () => {
    await client.connect();
    await client.query("SELECT 1");
    return true as const;
  })().catch(() => false as const);
  const answered = await Promise.race([query, deadline]);
  clearTimeout(timer);
  if (answered) {
    await client.end().catch(() => undefined);
  } else {
    // Not awaited: end() waits for the server, which may be the thing that is not answering.
    const stream = (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream;
    stream?.destroy();
    void client.end().catch(() => undefined);
  }
  return answered;
}

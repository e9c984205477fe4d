import { prisma } from "@/lib/db/client";

/**
 * rate-limiter-flexible's PostgreSQL store speaks to a `pg`-like client ({ query({text, values}) }).
 * This one runs its statements through our Prisma pool instead of a second pool, unnamed (named
 * prepared statements break behind PgBouncer in transaction mode), and turns BIGINT results into
 * numbers, which the library does arithmetic with.
 */
type Row = Record<string, unknown>;

function plain(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "bigint" ? Number(value) : value]));
}

export const rateLimitStoreClient = {
  async query(query: { text: string; values?: unknown[] }): Promise<{ rows: Row[]; rowCount: number }> {
    const values = query.values ?? [];
    if (/^\s*DELETE\b/i.test(query.text)) {
      const rowCount = await prisma.$executeRawUnsafe(query.text, ...values);
      return { rows: [], rowCount };
    }
    const rows = (await prisma.$queryRawUnsafe<Row[]>(query.text, ...values)).map(plain);
    return { rows, rowCount: rows.length };
  },
};

export const RATE_LIMIT_TABLE = "rate_limit_counter";

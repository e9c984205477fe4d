import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Issue 13: the application's connections go through PgBouncer in transaction mode, where
// consecutive statements of one client may run on different server connections. So no query of
// the application may leave state on its session: no session-level advisory lock (the
// transaction-scoped pg_advisory_xact_lock is fine), no SET without LOCAL, no named prepared
// statement, no LISTEN, no temporary table, no cursor WITH HOLD. Migrations are exempt: they use
// the direct URL (lib/db/migrations.ts, migration-lock.ts) and never go through the pooler.

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXEMPT = new Set(["lib/db/migrations.ts", "lib/db/migration-lock.ts", "lib/db/roles.ts", "lib/db/embedded-postgres.ts"]);
const SESSION_STATE: [string, RegExp][] = [
  ["session advisory lock", /pg_(try_)?advisory_lock(_shared)?\s*\(/i],
  ["SET without LOCAL", /[`"'(]\s*SET\s+(?!LOCAL\b)(SESSION\s+)?[a-z_]+\s*(=|TO\b)/],
  ["set_config(…, false)", /set_config\s*\([^)]*,\s*false\s*\)/i],
  ["PREPARE", /[`"']\s*PREPARE\s+\w+/i],
  ["LISTEN", /[`"']\s*LISTEN\s+\w+/i],
  ["temporary table", /CREATE\s+(TEMP|TEMPORARY)\s+TABLE/i],
  ["cursor WITH HOLD", /WITH\s+HOLD/i],
  ["named prepared statement (pg's `name`)", /statementNameGenerator|\bname:\s*["'`][^"'`]+["'`],\s*text:/],
];

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(relative);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

describe("no session state in application queries (PgBouncer transaction mode)", () => {
  it("finds none in lib/ and app/", () => {
    const found: string[] = [];
    for (const file of [...sources("lib"), ...sources("app"), "instrumentation.ts", "server.mjs"]) {
      if (EXEMPT.has(file)) continue;
      const text = fs.readFileSync(path.join(ROOT, file), "utf8");
      for (const [what, pattern] of SESSION_STATE) if (pattern.test(text)) found.push(`${file}: ${what}`);
    }
    expect(found).toEqual([]);
  });

  it("would notice them (the patterns match what they are meant to)", () => {
    const samples = [
      "SELECT pg_advisory_lock(1)",
      "`SET statement_timeout = 5`",
      "'SET search_path TO x'",
      "CREATE TEMP TABLE t()",
      "`LISTEN jobs`",
    ];
    for (const sample of samples)
      expect(
        SESSION_STATE.some(([, pattern]) => pattern.test(sample)),
        sample,
      ).toBe(true);
    for (const fine of ["SELECT pg_advisory_xact_lock(1)", "`SET LOCAL lock_timeout = 5`", "UPDATE x SET a = 1"]) {
      expect(
        SESSION_STATE.some(([, pattern]) => pattern.test(fine)),
        fine,
      ).toBe(false);
    }
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded-postgres";
import { withDatabaseName } from "@/lib/db/database-url";
import { DEFAULT_ROLE_NAMES, ensureAppDatabase } from "@/lib/db/roles";
import { applyMigrations } from "@/lib/db/migrations";
import { freePort } from "../../tests/support/test-postgres";

// The fault suite's own PostgreSQL: a data directory and port of its own, so that it can be
// stopped, restarted and frozen (SIGSTOP) without touching anybody else's server.

export type FaultRow = { scenario: string; lost: number; duplicated: number; orphaned: number; hung: number; note: string; ok: boolean };

export type FaultDatabase = {
  appUrl: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** SIGSTOP (true) or SIGCONT (false) to the postmaster and every backend: a frozen host. */
  freeze(frozen: boolean): void;
  dispose(): Promise<void>;
};

export async function startFaultDatabase(): Promise<FaultDatabase> {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "expat-faults-"));
  fs.chmodSync(parent, 0o755);
  const dir = path.join(parent, "data");
  const port = await freePort();
  let server: RunningPostgres = await startEmbeddedPostgres({ dir, port });
  const superUrl = server.url("postgres", "superuser");
  await ensureAppDatabase(superUrl, "faults", DEFAULT_ROLE_NAMES);
  await applyMigrations(withDatabaseName(server.url("postgres", "owner"), "faults"));
  const appUrl = withDatabaseName(server.url("postgres", "app"), "faults");
  const pids = () => {
    const postmaster = Number(fs.readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
    const children = fs
      .readdirSync("/proc")
      .filter((p) => /^\d+$/.test(p))
      .filter((p) => {
        try {
          return Number(fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ")[1]) === postmaster;
        } catch {
          return false;
        }
      })
      .map(Number);
    return [postmaster, ...children];
  };
  return {
    appUrl,
    port,
    dir,
    stop: () => server.stop(),
    async restart() {
      server = await startEmbeddedPostgres({ dir, port });
    },
    freeze(frozen) {
      for (const pid of pids()) {
        try {
          process.kill(pid, frozen ? "SIGSTOP" : "SIGCONT");
        } catch {
          // A backend that ended meanwhile.
        }
      }
    },
    async dispose() {
      await server.stop().catch(() => undefined);
      fs.rmSync(parent, { recursive: true, force: true });
    },
  };
}

export async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function printTable(rows: FaultRow[]): void {
  const head = ["scenario", "lost", "duplicated", "orphaned", "hung", "result", "note"];
  const body = rows.map((r) => [
    r.scenario,
    String(r.lost),
    String(r.duplicated),
    String(r.orphaned),
    String(r.hung),
    r.ok ? "ok" : "FAIL",
    r.note,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const b of body) console.log(line(b));
}

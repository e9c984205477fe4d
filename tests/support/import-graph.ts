// The import graph of the source tree, read with the TypeScript compiler's pre-processor (no type
// checking: fast enough for a unit test). Shared by the architecture test and the measuring script.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE = /\.(ts|tsx|mts|mjs)$/;
const SKIP = new Set(["node_modules", ".next", ".data", "generated", "test-results", "playwright-report"]);

/** Every source file under the given top folders, as repository-relative paths with forward slashes. */
export function sourceFiles(tops: string[] = ["lib", "components", "app"]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(rel);
    }
  };
  for (const top of tops) if (fs.existsSync(path.join(ROOT, top))) walk(top);
  return out.sort();
}

const CANDIDATES = ["", ".ts", ".tsx", ".mts", ".mjs", "/index.ts", "/index.tsx"];

/** The repository file an import specifier names, or null for packages. */
export function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  else return null;
  for (const suffix of CANDIDATES) {
    const candidate = base + suffix;
    const full = path.join(ROOT, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  return base; // generated or missing: still an arrow to where it points
}

export type ImportEdge = { from: string; to: string; specifier: string };

/** Static imports, re-exports and dynamic imports of every file (type-only ones included: they are arrows too). */
export function importEdges(files: string[] = sourceFiles()): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    const info = ts.preProcessFile(text, true, true);
    for (const imported of info.importedFiles) {
      const to = resolveImport(file, imported.fileName);
      if (to) edges.push({ from: file, to, specifier: imported.fileName });
    }
  }
  return edges;
}

// Issue 12, step 3: the horizontal lib/data dissolves into the feature slices. Each file moves to
// lib/<slice>/data/<name>.ts by the map in tests/support/architecture-map.ts (DATA_SLICES); the
// working calendar, read by several slices, becomes the shared lib/calendar. Re-runnable after a
// rebase: files that arrived in lib/data since are moved too, and every importer is rewritten.
//   npx tsx scripts/codemods/03-slices.ts
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { DATA_SLICES } from "../../tests/support/architecture-map";
import { moveFiles, ROOT } from "./lib/rewrite";

export function dataMoves(): [string, string][] {
  const dir = path.join(ROOT, "lib/data");
  const moves: [string, string][] = [];
  // Files already moved still count: code rebased onto this change may import them at the old path.
  for (const slice of new Set(DATA_SLICES.map(([, s]) => s))) {
    const home = slice === "calendar" ? "lib/calendar" : `lib/${slice}/data`;
    if (!fs.existsSync(path.join(ROOT, home))) continue;
    for (const name of fs.readdirSync(path.join(ROOT, home))) if (name.endsWith(".ts")) moves.push([`lib/data/${name}`, `${home}/${name}`]);
  }
  if (!fs.existsSync(dir)) return moves;
  for (const name of fs.readdirSync(dir).sort()) {
    const slice = DATA_SLICES.find(([pattern]) => pattern.test(name.replace(/\.test\.ts$/, ".ts")))?.[1];
    if (!slice) {
      console.warn(`lib/data/${name}: no slice in DATA_SLICES, left in place`);
      continue;
    }
    moves.push([`lib/data/${name}`, slice === "calendar" ? `lib/calendar/${name}` : `lib/${slice}/data/${name}`]);
  }
  return moves;
}

/** The seed composes the whole domain (catalog reference data, hashed demo passwords): not kernel. */
export const SEED_MOVES: [string, string][] = [
  ["lib/db/seed.ts", "lib/seed/seed.ts"],
  ["lib/db/demo-people.ts", "lib/seed/demo-people.ts"],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const moves = [...dataMoves(), ...SEED_MOVES];
  const result = moveFiles(moves);
  console.log(`moved ${result.moved} files, rewrote specifiers in ${result.rewritten} files`);
  execFileSync("npx", ["tsx", "scripts/codemods/write-slice-surface.ts"], { cwd: ROOT, stdio: "inherit" });
}

// Prints figures about the shape of the code, to compare before and after a restructuring (issue 12):
//   npx tsx scripts/codemods/measure-architecture.ts
// A "unit" is a top folder of lib/ or components/ (a file directly in lib/ counts as its own unit) or app/.
// An arrow is a pair of units where a file of the first imports a file of the second. An arrow "runs
// back up" when the two units import each other (tests are left out), directly or round a cycle (same strongly connected
// component). Levels: the longest chain of arrows once the cycles are collapsed.
import fs from "node:fs";
import path from "node:path";
import { layerOf, sliceOf } from "../../tests/support/architecture-map";
import { importEdges, ROOT, sourceFiles } from "../../tests/support/import-graph";

const unitOf = (file: string): string => {
  const parts = file.split("/");
  if (parts[0] === "app") return "app";
  if (parts.length === 2) return `${parts[0]}/${parts[1].replace(/\.(ts|tsx|mts|mjs)$/, "")}`;
  return `${parts[0]}/${parts[1]}`;
};

const files = sourceFiles();
const edges = importEdges(files);
const arrows = new Map<string, Set<string>>();
for (const { from, to } of edges) {
  if (/\.test\.tsx?$/.test(from)) continue; // colocated tests compose freely
  const a = unitOf(from),
    b = unitOf(to);
  if (a === b || !/^(lib|components|app)/.test(b)) continue;
  if (!arrows.has(a)) arrows.set(a, new Set());
  arrows.get(a)!.add(b);
}

// Tarjan's strongly connected components.
const units = [...new Set([...files.map(unitOf), ...[...arrows.values()].flatMap((s) => [...s])])];
const index = new Map<string, number>(),
  low = new Map<string, number>(),
  onStack = new Set<string>(),
  stack: string[] = [];
const component = new Map<string, number>();
let counter = 0,
  components = 0;
const connect = (v: string) => {
  index.set(v, counter);
  low.set(v, counter);
  counter++;
  stack.push(v);
  onStack.add(v);
  for (const w of arrows.get(v) ?? []) {
    if (!index.has(w)) {
      connect(w);
      low.set(v, Math.min(low.get(v)!, low.get(w)!));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
  }
  if (low.get(v) === index.get(v)) {
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.set(w, components);
    } while (w !== v);
    components++;
  }
};
for (const u of units) if (!index.has(u)) connect(u);

const scope = (prefix: string) => (u: string) => u.startsWith(prefix);
const report = (label: string, inScope: (u: string) => boolean) => {
  let total = 0,
    back = 0;
  const backList: string[] = [];
  for (const [a, targets] of arrows)
    for (const b of targets) {
      if (!inScope(a) || !inScope(b)) continue;
      total++;
      if (component.get(a) === component.get(b)) {
        back++;
        backList.push(`${a} ⇄ ${b}`);
      }
    }
  // Longest chain in the condensation.
  const memo = new Map<number, number>();
  const depth = (c: number): number => {
    if (memo.has(c)) return memo.get(c)!;
    memo.set(c, 1);
    let best = 1;
    for (const u of units)
      if (component.get(u) === c && inScope(u))
        for (const w of arrows.get(u) ?? []) if (inScope(w) && component.get(w) !== c) best = Math.max(best, 1 + depth(component.get(w)!));
    memo.set(c, best);
    return best;
  };
  const levels = Math.max(0, ...units.filter(inScope).map((u) => depth(component.get(u)!)));
  let mutual = 0;
  for (const [a, targets] of arrows) for (const b of targets) if (inScope(a) && inScope(b) && a < b && arrows.get(b)?.has(a)) mutual++;
  console.log(
    `${label}: ${units.filter(inScope).length} units, ${total} arrows between units, ${back} in cycles (running back up), ${mutual} pairs importing each other directly, ${levels} levels`,
  );
  return backList;
};

const countDirs = (dir: string): number =>
  fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== "generated")
    .reduce((n, e) => n + 1 + countDirs(`${dir}/${e.name}`), 0);

console.log(`source files (lib, components, app): ${files.length}`);
console.log(
  `folders under lib/: ${countDirs("lib")} (top level: ${fs.readdirSync(path.join(ROOT, "lib"), { withFileTypes: true }).filter((e) => e.isDirectory()).length})`,
);
const libBack = report("lib/", scope("lib/"));
const allBack = report("lib/ + components/ + app", () => true);
if (process.argv.includes("--cycles")) for (const line of [...libBack, ...allBack]) console.log(`  ${line}`);

const texts = files.map((f) => [f, fs.readFileSync(path.join(ROOT, f), "utf8")] as const);
const errorClasses = texts.flatMap(([f, t]) => [...t.matchAll(/class (\w+) extends (\w*Error)\b/g)].map((m) => `${m[1]} (${f})`));
console.log(
  `error classes: ${errorClasses.length} (${errorClasses
    .filter((c) => / extends Error/.test(c) || true)
    .map((c) => c.split(" ")[0])
    .join(", ")})`,
);
const directErrors = texts.flatMap(([, t]) => [...t.matchAll(/class (\w+) extends Error\b/g)].map((m) => m[1]));
console.log(`  of them directly extending Error: ${directErrors.length} (${directErrors.join(", ")})`);
// Ad-hoc answers: `{ ok: false; taken: true }`, `"OK" | "NOT_FOUND" | "SELF"`, beside FormResult and AppError.
const flags = new Set(texts.flatMap(([, t]) => [...t.matchAll(/ok: false[,;] (\w+): true/g)].map((m) => m[1])));
const unions = new Set(
  texts.flatMap(([, t]) => [...t.matchAll(/export type (\w*(?:Outcome|Result)) = "[A-Z_]+"(?: \| "[A-Z_]+")+/g)].map((m) => m[1])),
);
const resultTypes = new Set(texts.flatMap(([, t]) => [...t.matchAll(/export type (\w*(?:Result|Outcome))\b/g)].map((m) => m[1])));
console.log(
  `result shapes: ${flags.size} ad-hoc failure flags {${[...flags].join(", ")}}, ${unions.size} string-literal outcomes (${[...unions].join(", ")}); ${resultTypes.size} exported *Result/*Outcome types`,
);
const hooks = files.filter((f) => /\/use-[\w-]*form[\w-]*\.tsx?$/.test(f));
console.log(`client form hooks: ${hooks.length} (${hooks.join(", ")})`);
const intoApp = edges.filter((e) => !e.from.startsWith("app/") && e.to.startsWith("app/"));
console.log(`imports from lib/ or components/ into app/: ${intoApp.length} in ${new Set(intoApp.map((e) => e.from)).size} files`);
const longLines = texts.reduce((n, [, t]) => n + t.split("\n").filter((l) => l.length > 140).length, 0);
console.log(`lines over 140 characters: ${longLines}`);
const tz = texts.filter(([, t]) => /"Asia\/Almaty"|'Asia\/Almaty'/.test(t)).map(([f]) => f);
console.log(`files with the time zone as a literal: ${tz.length} (${tz.join(", ")})`);

// By the layer map of docs/architecture.md (tests/support/architecture-map.ts).
const RANK = { kernel: 0, shared: 1, ui: 1, slice: 2, app: 3, other: 4 } as const;
const code = edges.filter((e) => !/\.test\.tsx?$/.test(e.from) && !e.to.startsWith("lib/db/generated/"));
const upward = code.filter(
  (e) =>
    RANK[layerOf(e.to)] > RANK[layerOf(e.from)] ||
    (layerOf(e.from) === "shared" && layerOf(e.to) === "ui") ||
    (layerOf(e.from) === "ui" && layerOf(e.to) === "shared"),
);
console.log(`imports running up the layers (kernel < shared domain, UI < slices < app): ${upward.length}`);
const cross = code.filter((e) => layerOf(e.from) === "slice" && layerOf(e.to) === "slice" && sliceOf(e.from) !== sliceOf(e.to));
console.log(`imports from one slice into another: ${cross.length}, into ${new Set(cross.map((e) => e.to)).size} modules`);
const kernelOut = code.filter((e) => layerOf(e.from) === "kernel" && layerOf(e.to) !== "kernel" && !e.to.startsWith("lib/db/generated"));
console.log(`imports from the kernel (lib/kernel, db, i18n, log, http, env) into the rest: ${kernelOut.length}`);
const legacy = files.filter((f) => f.startsWith("lib/data/")).length;
console.log(`files left in the horizontal lib/data: ${legacy}`);

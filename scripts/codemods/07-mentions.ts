// Issue 12, step 7: comments, the Prisma schema and the docs that name a moved file by its path
// ("lib/data/user-sessions.ts") name its new path. Decision records are left as written (they are
// superseded, never edited). Run after the other codemods; re-runnable:
//   npx tsx scripts/codemods/07-mentions.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { FILE_MOVES as KERNEL } from "./01-kernel";
import { FILE_MOVES as REGISTRIES } from "./02-registries";
import { dataMoves, SEED_MOVES } from "./03-slices";
import { FILE_MOVES as FORMS } from "./04-forms";
import { FILE_MOVES as BOUNDARIES } from "./06-boundaries";
import { ROOT } from "./lib/rewrite";

// Later moves win: a file moved twice (lib/data/upload-quotas.ts → applications → uploads) ends where it is now.
const moves = new Map<string, string>();
for (const [from, to] of [...KERNEL, ...REGISTRIES, ...dataMoves(), ...SEED_MOVES, ...FORMS, ...BOUNDARIES]) {
  for (const [earlier, target] of moves) if (target === from) moves.set(earlier, to);
  moves.set(from, to);
}

const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n");
const files = tracked.filter(
  (f) =>
    /\.(ts|tsx|mts|mjs|prisma|md)$/.test(f) &&
    !f.startsWith("docs/decisions/") &&
    !f.startsWith("scripts/codemods/") &&
    !f.includes("/generated/"),
);
// Longest paths first, so that lib/data/review.ts never rewrites inside lib/data/review-notes.ts.
const ordered = [...moves].filter(([from, to]) => from !== to).sort((a, b) => b[0].length - a[0].length);
let changed = 0;
for (const file of files) {
  const full = path.join(ROOT, file);
  if (!fs.existsSync(full)) continue;
  const text = fs.readFileSync(full, "utf8");
  let next = text;
  for (const [from, to] of ordered) {
    const bare = from.replace(/\.tsx?$/, "");
    // "lib/data/users.ts" and "lib/data/users" (not followed by more of a name), outside import specifiers (the other codemods did those).
    next = next.replace(
      new RegExp(`(?<![@\\w/.-])${bare.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\.tsx?)?(?![\\w-])`, "g"),
      (match, ext: string | undefined) => to.replace(/\.tsx?$/, "") + (ext ? to.slice(to.lastIndexOf(".")) : ""),
    );
  }
  if (next !== text) {
    fs.writeFileSync(full, next);
    changed++;
  }
}
console.log(`rewrote mentions of moved files in ${changed} files`);

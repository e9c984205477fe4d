// Issue 12, step 2: registries. Re-runnable after a rebase:
//   npx tsx scripts/codemods/02-registries.ts
// The parsers of the application's JSON columns (tariff and people snapshots) become a shared
// domain module, read by the applications, review and payments slices alike.
import { moveFiles } from "./lib/rewrite";

export const FILE_MOVES: [string, string][] = [
  ["lib/review/snapshots.ts", "lib/rules/snapshots.ts"],
  ["lib/review/snapshots.test.ts", "lib/rules/snapshots.test.ts"],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = moveFiles(FILE_MOVES);
  console.log(`moved ${files.moved} files, rewrote specifiers in ${files.rewritten} files`);
}

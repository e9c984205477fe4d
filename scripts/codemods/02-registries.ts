// Issue 12, step 2: registries. Re-runnable after a rebase:
//   npx tsx scripts/codemods/02-registries.ts
// The parsers of the application's JSON columns (tariff and people snapshots) become a shared
// domain module, read by the applications, review and payments slices alike.
import { mergeImports, moveFiles, moveSymbols } from "./lib/rewrite";

export const FILE_MOVES: [string, string][] = [
  ["lib/review/snapshots.ts", "lib/rules/snapshots.ts"],
  ["lib/review/snapshots.test.ts", "lib/rules/snapshots.test.ts"],
  // The locale table is kernel: lib/i18n (next-intl's wiring) imports it, not the other way round.
  ["lib/i18n/locales.ts", "lib/kernel/locales.ts"],
  ["lib/db/centre-zone-sql.ts", "lib/kernel/centre-zone-sql.ts"],
];

export const SYMBOL_MOVES = [{ names: ["Locale", "locales", "isLocale"], from: "lib/i18n/routing", to: "lib/kernel/locales" }];

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = moveFiles(FILE_MOVES);
  const symbols = moveSymbols(SYMBOL_MOVES);
  mergeImports(["lib/kernel/locales"]);
  console.log(`moved ${files.moved} files, rewrote specifiers in ${files.rewritten} files, moved symbol imports in ${symbols} files`);
}

// Issue 12, step 5: the empty-state paragraph repeated on list pages becomes components/ui/empty-state.tsx.
// Only the one-line <p> with exactly the shared classes is replaced (the output is the same markup).
// Re-runnable: npx tsx scripts/codemods/05-ui.ts
import fs from "node:fs";
import path from "node:path";
import { projectFiles, ROOT } from "./lib/rewrite";

const PARAGRAPH = /<p className="rounded border border-dashed border-slate-400 bg-white p-([468])( text-center)?">(.*?)<\/p>/g;
const SIZE: Record<string, string> = { "4": "sm", "6": "md", "8": "lg" };
const IMPORT = 'import { EmptyState } from "@/components/ui/empty-state";';

let changed = 0;
for (const file of projectFiles().filter((f) => f.endsWith(".tsx") && !f.startsWith("components/ui/"))) {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  if (!PARAGRAPH.test(text)) continue;
  let next = text.replace(PARAGRAPH, (_, padding: string, centred: string | undefined, content: string) => {
    const props = [SIZE[padding] === "md" ? "" : ` size="${SIZE[padding]}"`, centred ? "" : " centred={false}"].join("");
    return `<EmptyState${props}>${content}</EmptyState>`;
  });
  if (!next.includes(IMPORT)) {
    // After the last import statement.
    const imports = [...next.matchAll(/^import [^;]*;$/gms)];
    const last = imports[imports.length - 1];
    const at = last.index! + last[0].length;
    next = `${next.slice(0, at)}\n${IMPORT}${next.slice(at)}`;
  }
  fs.writeFileSync(path.join(ROOT, file), next);
  changed++;
}
console.log(`empty states in ${changed} files`);

// Issue 12, step 5: UI primitives for markup the pages repeated: the empty-state paragraph
// (components/ui/empty-state.tsx) and the title-and-lead header (components/ui/page-header.tsx).
// Only exact copies are replaced, so the output is the same markup.
// Re-runnable: npx tsx scripts/codemods/05-ui.ts
import fs from "node:fs";
import path from "node:path";
import { projectFiles, ROOT } from "./lib/rewrite";

const PARAGRAPH = /<p className="rounded border border-dashed border-slate-400 bg-white p-([468])( text-center)?">(.*?)<\/p>/g;
const SIZE: Record<string, string> = { "4": "sm", "6": "md", "8": "lg" };
const IMPORT = 'import { EmptyState } from "@/components/ui/empty-state";';
const HEADER =
  /<header>\n\s*<h1 className="text-3xl font-bold">\{(.*?)\}<\/h1>\n\s*<p className="mt-1 max-w-3xl text-slate-700">\{(.*?)\}<\/p>\n\s*<\/header>/g;
const HEADER_IMPORT = 'import { PageHeader } from "@/components/ui/page-header";';

function addImport(text: string, line: string): string {
  if (text.includes(line)) return text;
  const imports = [...text.matchAll(/^import [^;]*;$/gms)];
  const last = imports[imports.length - 1];
  const at = last.index! + last[0].length;
  return `${text.slice(0, at)}\n${line}${text.slice(at)}`;
}

let changed = 0;
for (const file of projectFiles().filter((f) => f.endsWith(".tsx") && !f.startsWith("components/ui/"))) {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  let next = text.replace(PARAGRAPH, (_, padding: string, centred: string | undefined, content: string) => {
    const props = [SIZE[padding] === "md" ? "" : ` size="${SIZE[padding]}"`, centred ? "" : " centred={false}"].join("");
    return `<EmptyState${props}>${content}</EmptyState>`;
  });
  if (next !== text) next = addImport(next, IMPORT);
  const withHeader = next.replace(HEADER, (_, title: string, lead: string) => `<PageHeader title={${title}} lead={${lead}} />`);
  if (withHeader !== next) next = addImport(withHeader, HEADER_IMPORT);
  if (next === text) continue;
  fs.writeFileSync(path.join(ROOT, file), next);
  changed++;
}
console.log(`primitives in ${changed} files`);

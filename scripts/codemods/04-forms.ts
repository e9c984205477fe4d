// Issue 12, step 4: one client hook for every form (components/ui/use-action-form.ts) instead of
// useServerForm, useSavedForm and useReviewForm; the refused-step message becomes a UI primitive;
// the admin's schemas leave the review slice. Re-runnable after a rebase:
//   npx tsx scripts/codemods/04-forms.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { applyEdits, mergeImports, moveFiles, moveSymbols, projectFiles, ROOT } from "./lib/rewrite";

export const FILE_MOVES: [string, string][] = [
  ["components/review/action-problem.tsx", "components/ui/action-problem.tsx"],
  ["lib/review/admin-schemas.ts", "lib/admin/schemas.ts"],
  ["lib/review/admin-schemas.test.ts", "lib/admin/schemas.test.ts"],
  ["lib/review/workflow-settings-schema.ts", "lib/admin/workflow-settings-schema.ts"],
];

const HOOK = "components/ui/use-action-form";
/** The old hooks and the options that reproduce each one's behaviour. */
const OLD_HOOKS: Record<string, { module: string; options: string[] }> = {
  useServerForm: { module: "components/auth/use-server-form", options: [] },
  useSavedForm: { module: "components/booking/use-saved-form", options: ["refresh: true"] },
  useReviewForm: { module: "components/review/use-review-form", options: ["followRedirect: false"] },
};

function rewriteCalls(): number {
  let rewritten = 0;
  for (const file of projectFiles()) {
    if (!/\.(tsx?)$/.test(file) || Object.values(OLD_HOOKS).some((h) => file.startsWith(h.module))) continue;
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    if (!Object.keys(OLD_HOOKS).some((name) => text.includes(`${name}(`))) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const edits: { start: number; end: number; replacement: string }[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && OLD_HOOKS[node.expression.text]) {
        const hook = OLD_HOOKS[node.expression.text];
        const [form, action, onSuccess] = node.arguments.map((a) => a.getText(source));
        const options = [...(onSuccess ? [`onSuccess: ${onSuccess}`] : []), ...hook.options];
        const args = [form, action, ...(options.length ? [`{ ${options.join(", ")} }`] : [])];
        edits.push({ start: node.getStart(source), end: node.getEnd(), replacement: `useActionForm(${args.join(", ")})` });
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    if (edits.length) {
      fs.writeFileSync(path.join(ROOT, file), applyEdits(text, edits));
      rewritten++;
    }
  }
  return rewritten;
}

/** `import { useActionForm } from "…/use-server-form"` → `import { useActionForm } from "@/components/ui/use-action-form"`. */
function renameImports(): void {
  for (const file of projectFiles()) {
    let text = fs.readFileSync(path.join(ROOT, file), "utf8");
    const before = text;
    for (const name of Object.keys(OLD_HOOKS))
      text = text.replace(new RegExp(`\\b${name}\\b(?=[^\\n]*from "@/${HOOK}")`, "g"), "useActionForm");
    if (text !== before) fs.writeFileSync(path.join(ROOT, file), text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = moveFiles(FILE_MOVES);
  const calls = rewriteCalls();
  const symbols = moveSymbols(
    Object.entries(OLD_HOOKS).map(([name, hook]) => ({ names: [name, "ActionProblem"], from: hook.module, to: HOOK })),
  );
  renameImports();
  mergeImports([HOOK]);
  // Every call now goes through useActionForm: the old hooks go.
  for (const hook of Object.values(OLD_HOOKS))
    if (fs.existsSync(path.join(ROOT, `${hook.module}.ts`))) execFileSync("git", ["rm", "-qf", `${hook.module}.ts`], { cwd: ROOT });
  execFileSync("npx", ["tsx", "scripts/codemods/write-slice-surface.ts"], { cwd: ROOT, stdio: "inherit" });
  console.log(`moved ${files.moved} files, rewrote hook calls in ${calls} files, imports in ${symbols} files`);
}

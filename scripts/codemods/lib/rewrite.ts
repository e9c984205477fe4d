// Shared machinery of the codemods: find every module specifier in the repository's sources and
// rewrite it. Re-runnable: a move whose source is gone is skipped, and importers that still name the
// old path (code that arrived with a rebase) are rewritten all the same.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { sourceFiles } from "../../../tests/support/import-graph";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
const TOPS = ["lib", "components", "app", "tests", "scripts", "bench", "messages"];
const ROOT_FILES = [
  "proxy.ts",
  "instrumentation.ts",
  "server.mjs",
  "next.config.ts",
  "vitest.config.ts",
  "playwright.config.ts",
  "playwright.security.config.ts",
  "prisma.config.ts",
];

export function projectFiles(): string[] {
  return [...sourceFiles(TOPS), ...ROOT_FILES.filter((f) => fs.existsSync(path.join(ROOT, f)))];
}

/** A repository path without its source extension or a trailing /index: the identity of a module. */
export function moduleId(file: string): string {
  return file.replace(/\.(ts|tsx|mts|mjs|js)$/, "").replace(/\/index$/, "");
}

/** The module a specifier in `from` names, as a module id; null for packages. */
export function targetOf(from: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return moduleId(specifier.slice(2));
  if (specifier.startsWith(".")) return moduleId(path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier)));
  return null;
}

export type Specifier = {
  start: number;
  end: number;
  text: string;
  node: ts.StringLiteralLike;
  statement?: ts.ImportDeclaration | ts.ExportDeclaration;
};

const MOCK_CALLS = new Set(["mock", "doMock", "unmock", "importActual", "importMock"]);

/** Every module specifier of a file: imports, re-exports, import(), import types and vi.mock() paths. */
export function specifiersOf(file: string, text: string): Specifier[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Specifier[] = [];
  const add = (node: ts.Node | undefined, statement?: Specifier["statement"]) => {
    if (node && ts.isStringLiteralLike(node))
      found.push({ start: node.getStart(source) + 1, end: node.getEnd() - 1, text: node.text, node, statement });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, node);
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isMock =
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === "vi" &&
        MOCK_CALLS.has(callee.name.text);
      if (isImport || isMock) add(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The specifier to write in `from` for the module `target`, in the style of the original one. */
export function specifierFor(from: string, target: string, original: string): string {
  const extension = /\.(mjs|js)$/.exec(original)?.[0] ?? "";
  if (original.startsWith("@/")) return `@/${target}${extension}`;
  let relative = path.posix.relative(path.posix.dirname(from), target);
  // A sibling stays relative; anything up the tree reads better from the root.
  if (relative.startsWith("../") && /^(lib|components|app)\//.test(from)) return `@/${target}${extension}`;
  if (!relative.startsWith(".")) relative = `./${relative}`;
  return relative + extension;
}

/** Applies text edits (start, end, replacement) back to front. */
export function applyEdits(text: string, edits: { start: number; end: number; replacement: string }[]): string {
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    text = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
  return text;
}

export function gitMove(from: string, to: string): boolean {
  if (!fs.existsSync(path.join(ROOT, from))) return false;
  fs.mkdirSync(path.dirname(path.join(ROOT, to)), { recursive: true });
  execFileSync("git", ["mv", from, to], { cwd: ROOT });
  return true;
}

/**
 * Moves files and rewrites every specifier that names one of them (and the moved files' own
 * relative specifiers). `moves` maps old repository paths to new ones, with extensions.
 */
export function moveFiles(moves: [string, string][]): { moved: number; rewritten: number } {
  const byModule = new Map(moves.map(([from, to]) => [moduleId(from), moduleId(to)]));
  const movedFile = new Map(moves);
  const files = projectFiles();
  let rewritten = 0;
  // Rewrite first, with every file at its old place, so relative specifiers resolve as written.
  for (const file of files) {
    const newFile = movedFile.get(file) ?? file;
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    const edits = [];
    for (const spec of specifiersOf(file, text)) {
      const target = targetOf(file, spec.text);
      if (target === null) continue;
      const newTarget = byModule.get(target) ?? target;
      if (newTarget === target && newFile === file) continue;
      if (newTarget === target && spec.text.startsWith("@/")) continue;
      const replacement = specifierFor(newFile, newTarget, spec.text);
      if (replacement !== spec.text) edits.push({ start: spec.start, end: spec.end, replacement });
    }
    if (edits.length) {
      fs.writeFileSync(path.join(ROOT, file), applyEdits(text, edits));
      rewritten++;
    }
  }
  let moved = 0;
  for (const [from, to] of moves) if (gitMove(from, to)) moved++;
  return { moved, rewritten };
}

export type SymbolMove = { names: string[]; from: string; to: string };

/**
 * Points imports of named symbols at their new module: `import { a, b } from "old"` with `a` moved
 * becomes `import { b } from "old"; import { a } from "new"`. Re-exports are rewritten the same way.
 * `from` and `to` are module ids (repository paths without extension).
 */
export function moveSymbols(moves: SymbolMove[]): number {
  let rewritten = 0;
  for (const file of projectFiles()) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    const edits: { start: number; end: number; replacement: string }[] = [];
    for (const spec of specifiersOf(file, text)) {
      const statement = spec.statement;
      if (!statement) continue;
      const target = targetOf(file, spec.text);
      const applicable = moves.filter((m) => m.from === target);
      if (!applicable.length) continue;
      const isImport = ts.isImportDeclaration(statement);
      const clause = isImport ? statement.importClause : undefined;
      const named = isImport
        ? clause?.namedBindings && ts.isNamedImports(clause.namedBindings)
          ? clause.namedBindings
          : undefined
        : statement.exportClause && ts.isNamedExports(statement.exportClause)
          ? statement.exportClause
          : undefined;
      if (!named) continue;
      const typeOnly = isImport ? !!clause?.isTypeOnly : (statement as ts.ExportDeclaration).isTypeOnly;
      const stay: string[] = [];
      const go = new Map<string, string[]>();
      for (const element of named.elements) {
        const imported = (element.propertyName ?? element.name).getText();
        const printed = element.getText();
        const move = applicable.find((m) => m.names.includes(imported));
        if (!move) stay.push(printed);
        else go.set(move.to, [...(go.get(move.to) ?? []), printed]);
      }
      if (!go.size) continue;
      const keyword = isImport ? "import" : "export";
      const typePart = typeOnly ? " type" : "";
      const lines: string[] = [];
      const hasDefault = isImport && !!clause?.name;
      if (stay.length || hasDefault) {
        const head = hasDefault ? `${clause!.name!.getText()}${stay.length ? ", " : ""}` : "";
        lines.push(`${keyword}${typePart} ${head}${stay.length ? `{ ${stay.join(", ")} }` : ""} from "${spec.text}";`);
      }
      for (const [to, names] of go)
        lines.push(
          `${keyword}${typePart} { ${names.join(", ")} } from "${specifierFor(file, to, spec.text.startsWith(".") ? "@/" : spec.text)}";`,
        );
      edits.push({ start: statement.getStart(), end: statement.getEnd(), replacement: lines.join("\n") });
    }
    if (edits.length) {
      fs.writeFileSync(path.join(ROOT, file), applyEdits(text, edits));
      rewritten++;
    }
  }
  return rewritten;
}

/**
 * Merges the named imports of one file that name the same module into one declaration
 * (`import { a }` + `import type { B }` → `import { a, type B }`), for the modules given.
 */
export function mergeImports(modules: string[]): number {
  const wanted = new Set(modules);
  let rewritten = 0;
  for (const file of projectFiles()) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    const groups = new Map<string, { statement: ts.ImportDeclaration; spec: string }[]>();
    for (const spec of specifiersOf(file, text)) {
      const statement = spec.statement;
      if (!statement || !ts.isImportDeclaration(statement)) continue;
      const target = targetOf(file, spec.text);
      const clause = statement.importClause;
      if (!target || !wanted.has(target) || !clause || clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings))
        continue;
      groups.set(spec.text, [...(groups.get(spec.text) ?? []), { statement, spec: spec.text }]);
    }
    const edits: { start: number; end: number; replacement: string }[] = [];
    for (const [spec, declarations] of groups) {
      if (declarations.length < 2) continue;
      const allTypes = declarations.every((d) => d.statement.importClause!.isTypeOnly);
      const names: string[] = [];
      for (const { statement } of declarations) {
        const clause = statement.importClause!;
        for (const element of (clause.namedBindings as ts.NamedImports).elements) {
          const printed = element.getText();
          const name = clause.isTypeOnly && !allTypes && !element.isTypeOnly ? `type ${printed}` : printed;
          if (!names.includes(name)) names.push(name);
        }
      }
      const [first, ...rest] = declarations;
      edits.push({
        start: first.statement.getStart(),
        end: first.statement.getEnd(),
        replacement: `import${allTypes ? " type" : ""} { ${names.join(", ")} } from "${spec}";`,
      });
      for (const { statement } of rest) {
        let end = statement.getEnd();
        if (text[end] === "\n") end++;
        edits.push({ start: statement.getStart(), end, replacement: "" });
      }
    }
    if (edits.length) {
      fs.writeFileSync(path.join(ROOT, file), applyEdits(text, edits));
      rewritten++;
    }
  }
  return rewritten;
}

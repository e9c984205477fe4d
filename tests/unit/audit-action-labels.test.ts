import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Issue 16, defect 5: staff read every history event in words, never a code such as ISSUE_INVOICE.
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [full] : [];
  });
}

const actions = new Set<string>();
for (const file of sourceFiles(path.resolve("lib"))) {
  const source = fs.readFileSync(file, "utf8");
  for (const m of source.matchAll(/\baction: ([^,\n}]*)/g)) for (const code of m[1].matchAll(/"([A-Z][A-Z_]+)"/g)) actions.add(code[1]);
}

describe("audit timeline labels", () => {
  it("finds the recorded actions in the source", () => expect(actions.size).toBeGreaterThan(20));
  for (const locale of ["en", "ru", "kk"]) {
    it(`names every recorded action in ${locale}`, () => {
      const labels = JSON.parse(fs.readFileSync(path.resolve(`messages/review/${locale}.json`), "utf8")).timeline.actions;
      expect([...actions].filter((a) => !(a in labels))).toEqual([]);
    });
  }
});

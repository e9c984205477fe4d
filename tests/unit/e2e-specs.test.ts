import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The console-error guard only covers specs that take `test` from tests/e2e/support/test.ts.
describe("end-to-end specs", () => {
  const dir = path.resolve("tests/e2e");
  const specs = fs.readdirSync(dir).filter((f) => f.endsWith(".spec.ts"));
  it.each(specs)("%s fails on any console error (imports test from ./support/test)", (file) => {
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    expect(source).toMatch(/from "\.\/support\/test"/);
    expect(source).not.toMatch(/import\s*\{[^}]*\btest\b[^}]*\}\s*from "@playwright\/test"/);
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGE_NAMESPACES } from "@/lib/i18n/messages";
import { locales } from "@/lib/kernel/locales";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function read(file: string) {
  return JSON.parse(fs.readFileSync(path.resolve("messages", file), "utf8"));
}

describe("message files", () => {
  for (const file of ["", ...MESSAGE_NAMESPACES.map((ns) => `${ns}/`)]) {
    it(`have the same keys in en, ru and kk (${file || "shared"})`, () => {
      const [en, ...others] = locales.map((locale) => keys(read(`${file}${locale}.json`)).sort());
      for (const other of others) expect(other).toEqual(en);
    });
    it(`have no empty texts (${file || "shared"})`, () => {
      for (const locale of locales) {
        const flat = keys(read(`${file}${locale}.json`));
        const data = read(`${file}${locale}.json`);
        for (const key of flat.filter(Boolean)) {
          const value: unknown = key.split(".").reduce((o: Record<string, unknown>, k) => o[k] as Record<string, unknown>, data);
          expect(typeof value === "string" && value.trim().length > 0, `${locale}:${key}`).toBe(true);
        }
      }
    });
  }
});

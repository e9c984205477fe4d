import { describe, expect, it } from "vitest";
import catalogEn from "@/messages/catalog/en.json";
import en from "@/messages/services/en.json";
import kk from "@/messages/services/kk.json";
import ru from "@/messages/services/ru.json";
import { FINDER_PURPOSES, findServices, type FinderAnswers } from "@/lib/services/finder";
import { WHERE_FILTERS } from "@/lib/services/list-filter";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const files = { en: flatten(en as Tree), ru: flatten(ru as Tree), kk: flatten(kk as Tree) };
const catalog = flatten(catalogEn as Tree);
// Top-level ICU arguments only (plural branches may nest "#").
const argumentsOf = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();

describe("messages/services", () => {
  it("uses the same ICU arguments in en, ru and kk", () => {
    for (const [key, text] of files.en) {
      expect(argumentsOf(files.ru.get(key) ?? ""), `ru:${key}`).toEqual(argumentsOf(text));
      expect(argumentsOf(files.kk.get(key) ?? ""), `kk:${key}`).toEqual(argumentsOf(text));
    }
  });

  it("is translated (Russian and Kazakh differ from English)", () => {
    for (const [key, text] of files.en) {
      expect(files.ru.get(key), key).not.toBe(text);
      expect(files.kk.get(key), key).not.toBe(text);
    }
  });

  it("labels every finder purpose and list filter", () => {
    for (const purpose of FINDER_PURPOSES) {
      expect(files.en.has(`finder.purpose.${purpose}.label`), purpose).toBe(true);
      expect(files.en.has(`finder.purpose.${purpose}.hint`), purpose).toBe(true);
    }
    for (const where of WHERE_FILTERS) expect(files.en.has(`list.filter.where.${where}`)).toBe(true);
  });

  it("has a text for every piece of finder advice", () => {
    const answers: FinderAnswers[] = FINDER_PURPOSES.flatMap((purpose) =>
      (["IN_KZ", "OUTSIDE_KZ"] as const).flatMap((location) =>
        ["UZ", "RU", "DE", "KZ"].map((citizenship) => ({ purpose, location, citizenship })),
      ),
    );
    for (const a of answers) {
      const result = findServices(a);
      if (result.status !== "DONE") continue;
      for (const { key } of result.advice) {
        const [namespace, ...rest] = key.split(".");
        const known = namespace === "services" ? files.en.has(rest.join(".")) : catalog.has(rest.join("."));
        expect(known, key).toBe(true);
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import en from "../../messages/catalog/en.json";
import kk from "../../messages/catalog/kk.json";
import ru from "../../messages/catalog/ru.json";
import { catalogMessageKeys } from "./message-refs";
import { allServices } from "./registry";
import { FEE_OPTIONS, SERVICE_FAMILIES, VALIDITY_BANDS } from "./types";

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
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe("messages/catalog", () => {
  it("en, ru and kk have exactly the same keys", () => {
    const enKeys = [...files.en.keys()].sort();
    expect([...files.ru.keys()].sort()).toEqual(enKeys);
    expect([...files.kk.keys()].sort()).toEqual(enKeys);
  });

  it("has no empty or padded text and the same ICU arguments in every language", () => {
    for (const [key, text] of files.en) {
      for (const lang of ["en", "ru", "kk"] as const) {
        const value = files[lang].get(key) ?? "";
        expect(value.trim(), `${lang}:${key}`).toBe(value);
        expect(value.length, `${lang}:${key}`).toBeGreaterThan(0);
        expect(placeholders(value), `${lang}:${key}`).toEqual(placeholders(text));
      }
    }
  });

  it("has every key the catalog references", () => {
    const missing = allServices().flatMap((service) =>
      catalogMessageKeys(service)
        .filter((key) => !files.en.has(key))
        .map((key) => `${service.code}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it("labels every family, fee option and validity band", () => {
    for (const family of SERVICE_FAMILIES) expect(files.en.has(`families.${family}`)).toBe(true);
    for (const option of FEE_OPTIONS) expect(files.en.has(`feeOptions.${option}.label`)).toBe(true);
    for (const band of VALIDITY_BANDS) expect(files.en.has(`validityBands.${band}`)).toBe(true);
  });

  it("translates titles and document names (nothing left in English)", () => {
    for (const [key, text] of files.en) {
      if (!/^(services|documents|notes|conditions)\./.test(key)) continue;
      expect(files.ru.get(key), key).not.toBe(text);
      expect(files.kk.get(key), key).not.toBe(text);
    }
  });

  it("keeps the guide's Kazakh wording for the service titles", () => {
    expect(files.kk.get("services.WORK_VISA_INVITATION.title")).toBe(
      "Жұмыс визасына арналған шақыру хат (Қазақстаннан тыс жерлердегі өтініш берушілер үшін)",
    );
    expect(files.kk.get("services.TRP.title")).toBe("Уақытша тұруға рұқсат");
  });
});

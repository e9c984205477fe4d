import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { centreAddress } from "@/lib/booking/centre";

// Issue 15 point 9: wording checked against the guide and the glossary (decision 007).
const read = (locale: string) =>
  fs
    .readdirSync("messages", { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? path.join("messages", entry.name, `${locale}.json`) : null))
    .filter((file): file is string => file !== null && fs.existsSync(file))
    .concat(path.join("messages", `${locale}.json`))
    .map((file) => fs.readFileSync(file, "utf8"))
    .join("\n");

describe("texts against the guide", () => {
  const ru = read("ru");
  const kk = read("kk");
  const en = read("en");

  it("calls the guide «руководство» in Russian, never «путеводитель» (НҰСҚАУЛЫҚ, L5)", () => {
    expect(ru).not.toMatch(/путеводител/i);
  });

  it("writes the centre's address in Cyrillic on Russian and Kazakh pages, one spelling each (L644-648)", () => {
    expect(ru).not.toContain("Mangilik");
    expect(kk).not.toContain("Mangilik");
    expect(ru).not.toContain("Мәңгілік");
    expect(ru.match(/проспект Мангилик Ел, 55\/18/g)?.length).toBeGreaterThanOrEqual(3);
    expect(kk).toContain("Мәңгілік Ел даңғылы, 55/18");
    expect(centreAddress("kk")).toContain("Мәңгілік Ел даңғылы");
    expect(centreAddress("ru")).toContain("проспект Мангилик Ел");
  });

  it("uses one Kazakh term for the A5 visa: «инвесторлық виза» (L152)", () => {
    expect(kk).not.toMatch(/[Ии]нвестор визас/);
  });

  it("translates walk-in in Russian and Kazakh (L87: priority submission of documents)", () => {
    const label = (json: string) => JSON.parse(json).feeOptions.WALK_IN.label as string;
    expect(label(fs.readFileSync("messages/catalog/ru.json", "utf8"))).toMatch(/Приоритетная подача/);
    expect(label(fs.readFileSync("messages/catalog/kk.json", "utf8"))).toMatch(/Басым тапсыру/);
  });

  it("gives Kazakh date placeholders a carrier noun for their case ending", () => {
    expect(kk).not.toMatch(/\{(date|deadline|opensOn|closesOn|mustBeValidAfter)\} (дейін|бастап|кейін)/);
  });

  it("does not say the centre picks B1 or B3: the guide is silent (L300, 6.C29)", () => {
    expect(en).not.toMatch(/decide between B1 and B3/);
    expect(ru).not.toMatch(/определяет категорию B1/);
    expect(kk).not.toMatch(/B3 санатын анықтайды/);
  });

  it("does not call cancellations 'no visa involved'", () => {
    expect(en).not.toContain("No visa involved");
    expect(kk).not.toContain("Виза қажет емес");
  });
});

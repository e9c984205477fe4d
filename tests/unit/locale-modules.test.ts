import fs from "node:fs";
import path from "node:path";
import * as dateFnsLocales from "date-fns/locale";
import { describe, expect, it } from "vitest";
import { dateFnsModule, GENERATED_LOCALE_MODULES, messageFilesModule } from "../../scripts/lib/generate-locale-modules";
import { DATE_FNS_LOCALE } from "@/lib/kernel/time";
import { LOCALE_TABLE, locales } from "@/lib/kernel/locales";
import { UI_MESSAGES } from "@/lib/i18n/ui-messages";
import { BOOKING_MESSAGES } from "@/lib/i18n/bundled-messages";
import { globalErrorTexts } from "@/lib/i18n/global-error-texts";

// "Add a language" (docs/architecture.md) promises one locale-table entry plus message files. The
// parts that cannot read the table at run time are generated from it; these tests hold the promise.

describe("the modules generated from the locale table", () => {
  it("are up to date with the table (npm test regenerates them first)", () => {
    for (const [name, text] of Object.entries(GENERATED_LOCALE_MODULES)) {
      expect(fs.readFileSync(path.resolve(name), "utf8"), name).toBe(text());
    }
  });

  it("give every language of the table its date-fns locale and every message file", () => {
    expect(Object.keys(DATE_FNS_LOCALE)).toEqual(locales);
    for (const locale of locales) expect(DATE_FNS_LOCALE[locale]).toBe(dateFnsLocales[LOCALE_TABLE[locale].dateFns]);
    expect(Object.keys(UI_MESSAGES)).toEqual(locales);
    expect(Object.keys(BOOKING_MESSAGES)).toEqual(locales);
  });

  it("would take a fourth language from its table entry alone", () => {
    const withUzbek = { ...LOCALE_TABLE, uz: { dateFns: "uz" } };
    const dateFns = dateFnsModule(withUzbek);
    expect(dateFns).toContain("uz as dateFns_uz");
    expect(dateFns).toContain('"uz": dateFns_uz,');
    const files = messageFilesModule([...locales, "uz"], ["booking", "review"]);
    for (const file of ["@/messages/uz.json", "@/messages/booking/uz.json", "@/messages/review/uz.json"]) {
      expect(files).toContain(`from "${file}";`);
    }
    expect(files).toMatch(/"uz": \{ ui: ui_uz, booking: booking_uz, review: review_uz \}/);
  });

  it("the error page's texts load for any language with a message file, with no list of languages", async () => {
    for (const locale of locales) expect((await globalErrorTexts(locale)).brand).toBe(UI_MESSAGES[locale].nav.brand);
  });
});

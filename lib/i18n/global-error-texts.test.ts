import { describe, expect, it } from "vitest";
import { globalErrorTexts } from "./global-error-texts";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

describe("the texts of the page shown when the root layout fails", () => {
  it("come from the message file of the address's language", async () => {
    for (const [locale, messages] of [
      ["en", en],
      ["ru", ru],
      ["kk", kk],
    ] as const) {
      expect(await globalErrorTexts(locale)).toEqual({ ...messages.error.unavailable, brand: messages.nav.brand });
    }
  });

  it("are one promise per language, as React's use() needs", () => {
    expect(globalErrorTexts("ru")).toBe(globalErrorTexts("ru"));
  });
});

import { createElement } from "react";
import { prerender } from "react-dom/static";
import { PathnameContext } from "next/dist/shared/lib/hooks-client-context.shared-runtime";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

// app/global-error.tsx loads its texts on demand (lib/i18n/global-error-texts.ts): the server's
// HTML of the page must still hold them, in the language of the address.
async function html(pathname: string): Promise<string> {
  const page = createElement(PathnameContext.Provider, { value: pathname }, createElement(GlobalError, { error: new Error("down") }));
  const { prelude } = await prerender(page);
  return new Response(prelude).text();
}

describe("the page shown when the root layout fails", () => {
  it.each([
    ["/services", en],
    ["/ru/services", ru],
    ["/kk", kk],
  ] as const)("%s is in the address's language", async (pathname, messages) => {
    const page = await html(pathname);
    expect(page).toContain(messages.error.unavailable.title);
    expect(page).toContain(messages.error.unavailable.home);
    expect(page).toContain(messages.nav.brand);
  });
});

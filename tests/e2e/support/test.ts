import { test as base, expect, type BrowserContext } from "@playwright/test";

// Every spec imports `test` from here, never from @playwright/test (tests/unit/e2e-specs.test.ts
// checks): a console error or an uncaught page error (a hydration mismatch such as React #418, a
// 404 favicon, a failed script) on ANY page of ANY context a test opens fails that test. An error
// a test provokes on purpose is named with `allowConsoleErrors(/pattern/)`.

type Collector = { errors: string[]; allowed: RegExp[]; watch: (context: BrowserContext) => void };
type Fixtures = { consoleErrors: Collector; allowConsoleErrors: (pattern: RegExp) => void; consoleGuard: void };

export const test = base.extend<Fixtures>({
  consoleErrors: async ({}, provide) => {
    const collector: Collector = {
      errors: [],
      allowed: [],
      watch(context) {
        context.on("console", (message) => {
          if (message.type() !== "error") return;
          const text = `${message.text()} (${message.location().url})`;
          if (!collector.allowed.some((p) => p.test(text)))
            collector.errors.push(`console.error on ${message.page()?.url() ?? "?"}: ${text}`);
        });
        context.on("weberror", (error) => {
          const text = String(error.error());
          if (!collector.allowed.some((p) => p.test(text))) collector.errors.push(`page error on ${error.page()?.url() ?? "?"}: ${text}`);
        });
      },
    };
    await provide(collector);
  },
  allowConsoleErrors: async ({ consoleErrors }, provide) => {
    await provide((pattern) => consoleErrors.allowed.push(pattern));
  },
  // Contexts the test makes itself (browser.newContext()).
  consoleGuard: [
    async ({ browser, consoleErrors }, provide) => {
      const original = browser.newContext;
      browser.newContext = async function (this: typeof browser, ...args: Parameters<typeof original>) {
        const context = await original.apply(this, args);
        consoleErrors.watch(context);
        return context;
      };
      await provide();
      browser.newContext = original;
      expect(consoleErrors.errors, "no console error on any page").toEqual([]);
    },
    { auto: true },
  ],
  // The default context (the `page` fixture's).
  context: async ({ context, consoleErrors }, provide) => {
    consoleErrors.watch(context);
    await provide(context);
  },
});

export { expect };
export type { Page, Browser, BrowserContext, Locator } from "@playwright/test";

import { describe, expect, it } from "vitest";
import { PUBLIC_ROUTES, chunksContaining, routeScript } from "./client-script";

// Issue 19, target 4: public pages ship only what they need on the client. Read from the build
// (`next build` runs before this project in npm test), so a change that drags a library into
// every page fails here rather than in a Lighthouse run nobody makes.

// Just above what the build reached (docs/performance.md, "Script per public route"): a page may
// not grow by a library without someone deciding to raise it.
const BUDGET_KB: [route: string, kB: number][] = [
  ["[locale]", 141],
  ["[locale]/services", 142],
  ["[locale]/services/finder", 142],
  ["[locale]/services/[code]", 170],
  ["[locale]/status", 168],
  ["[locale]/(auth)/sign-in", 169],
];

/** Text only the library's own code contains (minified identifiers change; these strings do not). */
const ZOD = "$ZodType";
const PDFJS = "GlobalWorkerOptions";
/** An error code of next-intl's client runtime (use-intl), which comes with its provider and formatter. */
const NEXT_INTL = "INSUFFICIENT_PATH";

describe("script on public pages (production build)", () => {
  // No public route loads zod: the service page's calculator gets the service as plain data
  // (lib/services/calculator-model.ts), and the sign-in and status forms check their fields with
  // plain functions (lib/auth/sign-in-check.ts, lib/status/status-lookup-check.ts) while their
  // server actions parse with zod.
  it.each(PUBLIC_ROUTES)("%s loads no zod (schemas parse on the server)", (route) => {
    expect(chunksContaining(routeScript(route), ZOD)).toEqual([]);
  });

  // The root layout gives no next-intl provider and links are our own (lib/i18n/navigation.ts): a
  // page loads next-intl only with an island that translates (a form, the calculator).
  it.each(["[locale]", "[locale]/services", "[locale]/services/finder"])("%s loads no next-intl client runtime", (route) => {
    expect(chunksContaining(routeScript(route), NEXT_INTL)).toEqual([]);
  });

  it.each(PUBLIC_ROUTES)("%s loads no pdf.js (only the staff review workspace, lazily)", (route) => {
    expect(chunksContaining(routeScript(route), PDFJS)).toEqual([]);
  });

  it.each(BUDGET_KB)("%s ships at most %i kB of script (gzip)", (route, budget) => {
    expect(routeScript(route).gzipBytes / 1024).toBeLessThanOrEqual(budget);
  });
});

// Runs in the browser before the page's own code (Next's instrumentation-client convention).
//
// zod 4 decides when a schema is created whether to compile it with `new Function`, probing for
// eval first; our Content-Security-Policy forbids eval, so the probe is a console CSP violation
// (issue 19 (e)). `z.config({ jitless: true })` turns both off, but importing zod here would put
// its ~32 kB (gzip) on every page, including the many without a form (issue 19, less script).
// zod keeps its configuration in this global and adopts an existing one when it loads, so
// setting the flag here, before any form's schema exists, is the same as calling z.config.
// tests/unit/zod-jitless-client.test.ts fails if zod stops reading it.
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };
const zodGlobal = globalThis as ZodGlobal;
zodGlobal.__zod_globalConfig ??= {};
zodGlobal.__zod_globalConfig.jitless = true;

// A module, so that the test can import it.
export {};

import { z } from "zod";

// zod 4 compiles object parsers with `new Function` unless told not to, and probes for it with a
// throw-away `new Function` on the first parse. Our Content-Security-Policy forbids eval (proxy.ts),
// so in the browser the probe only produced a console CSP violation (issue 19 (e)). jitless skips
// both. This module sets it on the server (instrumentation.ts, the root layout); the browser gets
// the same setting from instrumentation-client.ts, which does not import zod, so that pages
// without a form do not download it.
z.config({ jitless: true });

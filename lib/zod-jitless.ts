import { z } from "zod";

// zod 4 compiles object parsers with `new Function` unless told not to, and probes for it with a
// throw-away `new Function` on the first parse. Our Content-Security-Policy forbids eval (proxy.ts),
// so in the browser the probe only produced a console CSP violation (issue 19 (e)). jitless skips
// both. The setting lives on globalThis, so this one import, evaluated early on server and client
// (components/layout/zod-jitless.tsx in the root layout), covers every schema.
z.config({ jitless: true });

// Node's flags for the production web server (server.mjs), wherever this repository starts it: the
// demo (`npm run preview`) and the end-to-end tests' server, the HTTP benchmark, the scale-out test
// and the production tests. `npm start` and the Dockerfile's CMD spell the same flags out
// (tests/unit/server-node-flags.test.ts keeps them in step).
//
// --max-semi-space-size=64: a server render allocates a few MB of short-lived objects (React's
// elements and streams, the flight payload, query rows), so V8's default 16 MB semi-space is
// scavenged every few requests. 64 MB means a quarter of the scavenges, and each costs about the
// same (it copies what is still alive, not what is dead): about 1.5 ms less CPU per staff-queue
// page (docs/decisions/026-per-process-work-done-once.md). The price is up to ~150 MB more memory
// per web server under load (the young generation is three semi-spaces). It cannot be set from
// inside the process: V8 sizes its heap when it starts.
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"] as const;

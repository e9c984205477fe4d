// The production web server: `node server.mjs` (what `npm start` runs; in a container make it
// PID 1 directly, without npm). It serves the build of `npm run build` and does nothing else at
// start: no code generation, no migrations, no seeding (docs/decisions/010-production-mode.md).
// Next's own `next start` exits 143 on SIGTERM and waits for slow requests without bound; this
// wrapper drains in-flight requests for a bounded time, lets the background worker finish its
// current message, closes the database pool and exits 0.
import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import util from "node:util";
import next from "next";
import pino from "pino";
import { clientAddressFrom, trustedProxyHops } from "./lib/http/client-address-rule.mjs";
import { baseLoggerOptions } from "./lib/log/redact.mjs";
import { createPageCache } from "./lib/http/page-cache.mjs";
// The client's TCP address for lib/http/client-address.ts, client-sent X-Forwarded-* dropped when
// no proxy is trusted, malformed URLs refused with 400 (docs/decisions/014-security-hardening.md).
import "./scripts/lib/peer-address.mjs";

process.env.NODE_ENV = "production";
const dir = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";
// In-flight requests get this long after SIGTERM; the worker and the pool get the rest of 10 s.
const drainMs = Number(process.env.SHUTDOWN_DRAIN_MS || 7000);
const hooksMs = Number(process.env.SHUTDOWN_HOOKS_MS || 2000);

// Shared with the application bundle through globalThis (lib/log/*, lib/lifecycle/shutdown.ts).
const requestContext = new AsyncLocalStorage();
globalThis[Symbol.for("expat.requestContext")] = requestContext;
const lifecycle = (globalThis[Symbol.for("expat.lifecycle")] ??= { draining: false, hooks: [] });
lifecycle.managed = true;
// Info lines to stdout, warnings and errors to stderr (each line once), so that a process
// supervisor or a test runner that shows only stderr still shows every problem.
const logger = pino(
  {
    ...baseLoggerOptions(),
    mixin() {
      const context = requestContext.getStore();
      return context ? { reqId: context.requestId, userId: context.userId } : {};
    },
  },
  pino.multistream(
    [
      { level: "trace", stream: pino.destination({ fd: 1, sync: true }) },
      { level: "warn", stream: pino.destination({ fd: 2, sync: true }) },
    ],
    { dedupe: true },
  ),
);
globalThis[Symbol.for("expat.logger")] = logger;

// Next and libraries write to the console: make those lines JSON too, an error once, with its stack.
for (const [method, level] of [
  ["error", "error"],
  ["warn", "warn"],
  ["info", "info"],
  ["log", "info"],
]) {
  console[method] = (...args) => {
    const err = args.find((arg) => arg instanceof Error);
    const rest = args.filter((arg) => arg !== err);
    logger[level](err ? { err } : {}, rest.length ? util.format(...rest) : (err?.message ?? ""));
  };
}

const proxyHops = trustedProxyHops();
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

// In the standalone output (the Docker image sets NEXT_STANDALONE=1) next.config.ts cannot be
// loaded (its build-time dependencies are not there): the configuration the build used is in
// required-server-files.json, handed to Next the way its own standalone server.js does.
const builtConfig = path.join(dir, ".next", "required-server-files.json");
const standalone = process.env.NEXT_STANDALONE === "1" || !fs.existsSync(path.join(dir, "next.config.ts"));
if (standalone && fs.existsSync(builtConfig)) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(JSON.parse(fs.readFileSync(builtConfig, "utf8")).config);
}
const app = next({ dev: false, dir, port });
try {
  // Runs instrumentation.ts: the environment check exits non-zero from there, naming each problem.
  await app.prepare();
} catch (error) {
  logger.fatal({ err: error }, "the server could not start");
  process.exit(1);
}
const handle = app.getRequestHandler();
// Public catalogue pages for visitors without a session, from memory with a fresh nonce per
// response (lib/http/page-cache.mjs; decision 022). The database version it checks is read through
// the application's own pool, registered by instrumentation.ts. PAGE_CACHE=0 turns it off.
// NODE_COMPRESSION=off behind a reverse proxy that compresses (deploy/nginx/nginx.conf): gzip in
// Node costs more CPU than the page itself for static files (issue 19 (f)). Next then sends
// everything uncompressed; only pages the cache already holds compressed are sent as gzip.
const compressInNode = process.env.NODE_COMPRESSION !== "off";
const pageCache =
  process.env.PAGE_CACHE === "0"
    ? undefined
    : createPageCache({ readVersion: () => globalThis[Symbol.for("expat.referenceDataVersion")]?.(), logger, compress: compressInNode });
const render = (req, res) => {
  if (!compressInNode) delete req.headers["accept-encoding"];
  return handle(req, res);
};

let inFlight = 0;
let onIdle = () => undefined;

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  const incoming = req.headers["x-request-id"];
  const requestId = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
  if (lifecycle.draining) res.setHeader("Connection", "close");
  inFlight++;
  const store = { requestId, userId: undefined, sqlStatements: 0 };
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    inFlight--;
    const pathname = (req.url ?? "/").split("?")[0];
    requestContext.run(store, () =>
      logger.info(
        {
          method: req.method,
          path: pathname,
          // The same address the throttles use (TRUSTED_PROXY_HOPS; lib/http/client-address-rule.mjs).
          clientAddress: clientAddressFrom((name) => req.headers[name], proxyHops),
          status: res.statusCode,
          durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
          // SQL statements sent through the Prisma client for this request (lib/db/client.ts).
          sql: store.sqlStatements,
          aborted: !res.writableFinished || undefined,
        },
        "request",
      ),
    );
    if (inFlight === 0) onIdle();
  };
  res.on("finish", finish);
  res.on("close", finish);
  requestContext.run(store, () => {
    (pageCache ? pageCache.handle(req, res, store, () => render(req, res)) : render(req, res)).catch((error) => {
      logger.error({ err: error }, "request failed");
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
});

server.listen(port, hostname, () => {
  logger.info({ port, hostname }, "server ready");
});

const withTimeout = (promise, ms) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);

async function shutdown(signal) {
  if (lifecycle.draining) return;
  lifecycle.draining = true;
  const started = Date.now();
  logger.info({ signal, inFlight }, "shutting down: no new connections; finishing requests in flight");
  // Background work stops at once, in parallel with the requests (the worker ends its current message).
  const stopWork = Promise.allSettled(lifecycle.hooks.filter((h) => h.phase === "stop-work").map((h) => h.run()));
  server.close();
  server.closeIdleConnections();
  const idle = inFlight === 0 ? Promise.resolve() : new Promise((resolve) => (onIdle = resolve));
  await withTimeout(idle, drainMs);
  if (inFlight > 0) logger.warn({ inFlight }, "requests still running after the drain time; closing their connections");
  server.closeAllConnections();
  await withTimeout(stopWork, Math.max(0, drainMs + hooksMs - (Date.now() - started)));
  await withTimeout(Promise.allSettled(lifecycle.hooks.filter((h) => h.phase === "close").map((h) => h.run())), hooksMs);
  logger.info({ durationMs: Date.now() - started }, "stopped");
  logger.flush?.();
  process.exit(0);
}

process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

// The public catalogue pages (home, /services, each service, the finder; en, ru, kk) served to
// visitors without a session from memory instead of rendering each one (issue 19;
// docs/decisions/022-anonymous-page-cache.md). Plain JavaScript: server.mjs imports it outside the
// application bundle.
//
// What keeps it safe:
// - Every response still gets its own unpredictable CSP nonce: the stored page is split at the
//   nonce it was rendered with, and each response joins the pieces with a fresh one, in the body
//   and in the Content-Security-Policy header alike (decision 014: no 'unsafe-inline').
// - Only an allow-list of public routes, only GET/HEAD, only for requests without a session cookie
//   or Next's client-navigation headers; only 200 text/html responses without Set-Cookie and
//   rendered from the database (not from the stand-in data used while it is down).
// - A page is served from memory only if the database's reference-data version (raised by
//   triggers with every change of the MRP, holidays or service settings) read *after the request
//   arrived* is the one the page was rendered at: the first visitor after an admin's change sees
//   the new price on every web instance, with no message between instances.
// - The centre's date (Astana) is part of the key: the calculator's start date is "today".
// - Concurrent misses for one page wait for a single render (single flight) at the same version.
import { randomUUID } from "node:crypto";
import zlib from "node:zlib";

// Any language prefix ("/ru", "/kk", "/pt-BR"), so that this file, which cannot import the locale
// table, needs no edit for a new language; a prefix that is not a language is Next's 404, never
// stored. The one top-level folder as short as a language code, /api, is never a page.
const LOCALE_PREFIX = "(?:/(?!api(?:/|$))[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)?";
const PUBLIC_PAGE = new RegExp(`^${LOCALE_PREFIX}(?:/services(?:/(?:finder|[A-Z0-9_]+))?)?$`);
// Requests of the App Router's client navigation (RSC payloads, prefetches, server actions) ask
// for something other than the page's HTML: never from here.
const CLIENT_ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
];
// Auth.js cookies (authjs.session-token, __Secure-authjs.*), and anything else that names a session.
const SESSION_COOKIE = /authjs|next-auth|session/i;
// Per request or re-computed when a page is sent; never stored with it.
const UNSTORED_HEADERS = new Set([
  "x-request-id",
  "x-page-cache",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "etag",
]);
const NONCE_IN_CSP = /'nonce-([^']+)'/;
const CENTRE_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty", year: "numeric", month: "2-digit", day: "2-digit" });

/** Whether the path is one of the cached public pages (`pathname` without the query). */
export function isCachedPublicPage(pathname) {
  return pathname === "/" || PUBLIC_PAGE.test(pathname);
}

/** Whether a Cookie header carries a session (or anything that may make the page personal). */
export function hasSessionCookie(cookieHeader) {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((pair) => SESSION_COOKIE.test(pair.split("=")[0]));
}

/** The nonce in a Content-Security-Policy value, or undefined. */
export function nonceOf(csp) {
  return typeof csp === "string" ? NONCE_IN_CSP.exec(csp)?.[1] : undefined;
}

/** A nonce in the format proxy.ts uses. */
export function freshNonce() {
  return Buffer.from(randomUUID()).toString("base64");
}

/**
 * Reads through `read` so that each caller gets a value read after it called: one read in flight
 * at a time; callers that arrive while it runs share the one that starts when it ends. Under load
 * that is one database round trip per batch of requests instead of one per request.
 */
export function freshReader(read) {
  let running = null;
  let next = null;
  const start = () => {
    const reading = (async () => read())();
    running = reading;
    const settle = () => {
      if (running === reading) running = null;
    };
    reading.then(settle, settle);
    return reading;
  };
  return function readAfterNow() {
    if (!running) return start();
    next ??= running.then(noop, noop).then(() => {
      next = null;
      return start();
    });
    return next;
  };
}

function noop() {}

// A gzip stream assembled per response from pieces compressed once: the page is cut at each nonce,
// each piece is deflated with the page before it as its dictionary and ends byte-aligned (sync
// flush), and each response's nonce goes in between as a stored block. Sending a cached page
// then costs a CRC over the page instead of compressing it. In the dictionary every nonce is
// replaced by 0xFF bytes, which UTF-8 text never contains, so no back-reference can reach into a
// nonce (they differ per response); that needs every nonce to have the same length, as
// freshNonce's do (base64 of a UUID).
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
const FINAL_EMPTY_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
const WINDOW = 32 * 1024;

function storedBlock(bytes) {
  const header = Buffer.alloc(5);
  header[0] = 0x00; // not final, stored
  header.writeUInt16LE(bytes.length, 1);
  header.writeUInt16LE(~bytes.length & 0xffff, 3);
  return [header, bytes];
}

/** The page split at `nonce`, with each piece's deflated form. */
export function splitAtNonce(body, nonce) {
  const pieces = body
    .toString("utf8")
    .split(nonce)
    .map((text) => Buffer.from(text, "utf8"));
  const nonceLength = Buffer.byteLength(nonce);
  const placeholder = Buffer.alloc(nonceLength, 0xff);
  let before = Buffer.alloc(0);
  const deflated = pieces.map((piece, i) => {
    if (i > 0) before = Buffer.concat([before, placeholder]).subarray(-WINDOW);
    const options = { finishFlush: zlib.constants.Z_SYNC_FLUSH, ...(before.length ? { dictionary: before } : {}) };
    const out = zlib.deflateRawSync(piece, options);
    before = Buffer.concat([before, piece]).subarray(-WINDOW);
    return out;
  });
  return { pieces, deflated, nonceLength };
}

/** The page with `nonce` between its pieces, uncompressed. */
export function joinIdentity(split, nonce) {
  const nonceBytes = Buffer.from(nonce, "utf8");
  const parts = [];
  split.pieces.forEach((piece, i) => {
    if (i > 0) parts.push(nonceBytes);
    parts.push(piece);
  });
  return Buffer.concat(parts);
}

/** The page with `nonce` between its pieces, as one gzip stream. */
export function joinGzip(split, nonce) {
  const nonceBytes = Buffer.from(nonce, "utf8");
  // Another length would shift what the pieces' back-references point at: compress it whole.
  if (nonceBytes.length !== split.nonceLength) return zlib.gzipSync(joinIdentity(split, nonce));
  const parts = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  split.pieces.forEach((piece, i) => {
    if (i > 0) {
      parts.push(...storedBlock(nonceBytes));
      crc = zlib.crc32(nonceBytes, crc);
      size += nonceBytes.length;
    }
    parts.push(split.deflated[i]);
    // Node 20's zlib.crc32 can answer 0 for an empty buffer once optimised: never ask it.
    if (piece.length > 0) crc = zlib.crc32(piece, crc);
    size += piece.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  parts.push(FINAL_EMPTY_BLOCK, trailer);
  return Buffer.concat(parts);
}

function acceptsGzip(header) {
  return typeof header === "string" && /\bgzip\b/i.test(header) && !/\bgzip;\s*q=0(?:\.0*)?\b/i.test(header);
}

function withVaryAcceptEncoding(vary) {
  const value = Array.isArray(vary) ? vary.join(", ") : (vary ?? "");
  return /accept-encoding/i.test(String(value)) ? value : value ? `${value}, Accept-Encoding` : "Accept-Encoding";
}

/**
 * Holds a response Next writes in memory instead of sending it, and calls `onEnd` with its status,
 * headers and body when Next ends it (also when server.mjs ends it after an error).
 */
function captureResponse(res, onEnd) {
  const chunks = [];
  const toBuffer = (chunk, encoding) =>
    Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
  res.writeHead = function writeHead(status, reason, headers) {
    res.statusCode = status;
    const given = typeof reason === "string" ? headers : reason;
    if (Array.isArray(given)) {
      const pairs = Array.isArray(given[0]) ? given : given.flatMap((value, i) => (i % 2 ? [] : [[value, given[i + 1]]]));
      for (const [name, value] of pairs) res.setHeader(name, value);
    } else if (given) {
      for (const [name, value] of Object.entries(given)) res.setHeader(name, value);
    }
    return res;
  };
  res.flushHeaders = noop;
  res.write = function write(chunk, encoding, callback) {
    if (chunk != null) chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };
  res.end = function end(chunk, encoding, callback) {
    if (typeof chunk === "function") [callback, chunk] = [chunk, undefined];
    if (typeof encoding === "function") [callback, encoding] = [encoding, undefined];
    if (chunk != null) chunks.push(toBuffer(chunk, encoding));
    // Back to the real methods (own properties shadowed the prototype's), then send.
    for (const name of ["writeHead", "flushHeaders", "write", "end"]) delete res[name];
    onEnd(Buffer.concat(chunks));
    if (typeof callback === "function") res.once("finish", callback);
    return res;
  };
}

/**
 * `compress: false` (NODE_COMPRESSION=off): what is rendered is sent as it is, for the proxy in
 * front to compress; stored pages still go out as gzip when asked, since that costs nothing here.
 * @param {{ readVersion: () => Promise<number | undefined>, logger: { warn: Function }, compress?: boolean, maxEntries?: number, maxBytes?: number }} options
 */
export function createPageCache({ readVersion, logger, compress = true, maxEntries = 500, maxBytes = 64 * 1024 * 1024 }) {
  const readFreshVersion = freshReader(readVersion);
  /** key → { version, status headers, split, bytes }; Map order is least recently used first. */
  const entries = new Map();
  let bytes = 0;
  /**
   * key → the render in progress for it: { version, done }, where `done` resolves to the stored
   * entry, or undefined if the page could not be kept. Concurrent misses for one page (start-up,
   * the first visitors after an admin's change) wait for that render instead of each rendering.
   */
  const rendering = new Map();

  function remember(key, entry) {
    forget(key);
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const [oldest] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      forget(oldest);
    }
  }

  function forget(key) {
    const old = entries.get(key);
    if (!old) return;
    entries.delete(key);
    bytes -= old.bytes;
  }

  function keyOf(req) {
    const h = req.headers;
    // The host and the forwarded ones: links and alternates may be built from them.
    return [h.host, h["x-forwarded-host"], h["x-forwarded-proto"], req.url, CENTRE_DATE.format(new Date())].join("\n");
  }

  /** Sends a stored page with a new nonce. */
  function sendEntry(req, res, entry, outcome) {
    const nonce = freshNonce();
    res.statusCode = 200;
    for (const [name, value] of entry.headers) res.setHeader(name, value.split(entry.nonce).join(nonce));
    sendBody(req, res, entry.split, nonce, outcome);
  }

  function sendBody(req, res, split, nonce, outcome) {
    const gzip = acceptsGzip(req.headers["accept-encoding"]);
    const body = gzip ? joinGzip(split, nonce) : joinIdentity(split, nonce);
    if (gzip) res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Vary", withVaryAcceptEncoding(res.getHeader("vary")));
    res.setHeader("Content-Length", body.length);
    res.setHeader("X-Page-Cache", outcome);
    res.end(body);
  }

  /** Sends what Next wrote, as it wrote it (compressed if the visitor accepts it). */
  function sendUnstored(req, res, body) {
    res.removeHeader("content-length");
    res.removeHeader("content-encoding");
    let payload = body;
    if (compress && body.length > 1024 && acceptsGzip(req.headers["accept-encoding"])) {
      payload = zlib.gzipSync(body);
      res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Vary", withVaryAcceptEncoding(res.getHeader("vary")));
    }
    res.setHeader("Content-Length", payload.length);
    res.end(payload);
  }

  function storable(res, context) {
    if (res.statusCode !== 200 || context.notCacheable) return undefined;
    if (res.hasHeader("set-cookie")) return undefined;
    if (!String(res.getHeader("content-type") ?? "").startsWith("text/html")) return undefined;
    return nonceOf(res.getHeader("content-security-policy"));
  }

  /**
   * Serves `req` from memory, or renders it with `render` (Next's handler) and keeps the result
   * if it may be kept. `context` is the request's context (server.mjs): a page that used stand-in
   * data says so there (`notCacheable`).
   */
  async function handle(req, res, context, render) {
    const pathname = (req.url ?? "/").split("?")[0];
    if ((req.method !== "GET" && req.method !== "HEAD") || !isCachedPublicPage(pathname)) return render();
    const personal =
      hasSessionCookie(req.headers.cookie) || req.headers.authorization || CLIENT_ROUTER_HEADERS.some((name) => name in req.headers);
    if (personal) {
      res.setHeader("X-Page-Cache", "bypass");
      return render();
    }
    let version;
    try {
      version = await readFreshVersion();
    } catch (error) {
      logger.warn({ err: error }, "page cache: the reference-data version could not be read; rendering");
    }
    if (typeof version !== "number") {
      res.setHeader("X-Page-Cache", "bypass");
      return render();
    }
    const key = keyOf(req);
    const entry = entries.get(key);
    if (entry && entry.version === version) {
      entries.delete(key);
      entries.set(key, entry);
      return sendEntry(req, res, entry, "hit");
    }
    if (req.method === "HEAD") {
      res.setHeader("X-Page-Cache", "bypass");
      return render();
    }
    // Single flight: another request is rendering this page at the version this request read
    // (after it arrived), so its result is as fresh as this request may ask for. Wait for it and
    // send it with this response's own nonce. A render at another version is not shared.
    const running = rendering.get(key);
    if (running && running.version === version) {
      const shared = await running.done;
      if (shared) return sendEntry(req, res, shared, "coalesced");
    }
    return renderAndKeep(req, res, context, render, key, version);
  }

  /** Renders the page (Next's handler) and keeps it if it may be kept; concurrent misses wait for it. */
  function renderAndKeep(req, res, context, render, key, version) {
    let settle;
    const flight = { version, done: new Promise((resolve) => (settle = resolve)) };
    // The first to render a page at a version leads; a later render at another version replaces it.
    rendering.set(key, flight);
    let settled = false;
    const finish = (entry) => {
      if (settled) return;
      settled = true;
      if (rendering.get(key) === flight) rendering.delete(key);
      settle(entry);
    };
    // A render that never ends its response (the visitor left, Next failed) releases its waiters,
    // who then render for themselves.
    res.once("close", () => finish(undefined));
    // Next writes uncompressed; the page is compressed here, once, in pieces.
    const requestWithEncoding = { headers: { "accept-encoding": req.headers["accept-encoding"] } };
    delete req.headers["accept-encoding"];
    captureResponse(res, (body) => {
      let kept;
      try {
        const nonce = storable(res, context);
        const split = nonce && body.includes(nonce) ? splitAtNonce(body, nonce) : undefined;
        if (!split) {
          res.setHeader("X-Page-Cache", "miss");
          return sendUnstored(requestWithEncoding, res, body);
        }
        const headers = Object.entries(res.getHeaders())
          .filter(([name]) => !UNSTORED_HEADERS.has(name))
          .map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : String(value)]);
        const size = split.pieces.reduce((n, p) => n + p.length, 0) + split.deflated.reduce((n, p) => n + p.length, 0);
        kept = { version, nonce, headers, split, bytes: size };
        remember(key, kept);
        sendBody(requestWithEncoding, res, split, nonce, "miss");
      } finally {
        finish(kept);
      }
    });
    return render().catch((error) => {
      finish(undefined);
      throw error;
    });
  }

  return { handle, size: () => entries.size, rendering: () => rendering.size };
}

// Preloaded into the Next.js server (node --import): copies each request's TCP peer address into
// a header of our own before Next sees the request, overwriting any value a client sent, so that
// lib/http/client-address.ts can tell the real sender from a forged X-Forwarded-For.
// With no trusted proxy in front (TRUSTED_PROXY_HOPS unset or 0), the X-Forwarded-* headers can
// only come from the client: they are dropped, so Next (whose server-action origin check reads
// X-Forwarded-Host) and Auth.js fill them from the real connection instead.
import http from "node:http";
import { PEER_HEADER as HEADER, trustedProxyHops } from "../../lib/http/client-address-rule.mjs";

const FORWARDED = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];
const hasTrustedProxy = trustedProxyHops() > 0;
const originalEmit = http.Server.prototype.emit;

// A NUL byte anywhere in the address, or a control character in its path, is never a real page or
// id (PostgreSQL refuses NUL in text and answered 500): refused before Next sees it, on every route.
function isMalformedUrl(url) {
  const queryStart = url.indexOf("?");
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  return /%00|\u0000/.test(url) || /%(?:[01][0-9a-f]|7f)|[\u0000-\u001f\u007f]/i.test(path);
}

http.Server.prototype.emit = function emit(event, request, ...rest) {
  if (event === "request" && request && request.headers && isMalformedUrl(request.url || "")) {
    const response = rest[0];
    response.writeHead(400, {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    response.end("Bad request");
    return true;
  }
  if (event === "request" && request && request.headers) {
    if (!hasTrustedProxy) for (const name of FORWARDED) delete request.headers[name];
    request.headers[HEADER] = (request.socket && request.socket.remoteAddress) || "";
  }
  return originalEmit.call(this, event, request, ...rest);
};

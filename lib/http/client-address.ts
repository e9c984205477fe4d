import { clientAddressFrom, trustedProxyHops } from "./client-address-rule.mjs";

// The client's address, for every throttle and log line. The rule (TRUSTED_PROXY_HOPS, the n-th
// hop from the right of [X-Forwarded-For…, peer]) lives in ./client-address-rule.mjs, shared with
// the production server's request log line (server.mjs).
//
// Next.js does not expose the socket to route handlers or server actions, and it keeps a
// client-sent X-Forwarded-For as is: scripts/lib/peer-address.mjs (preloaded into the server by
// scripts/lib/boot.ts) writes the socket address into PEER_HEADER on every request, overwriting
// anything a client sent under that name.
export { normaliseAddress, PEER_HEADER, trustedProxyHops } from "./client-address-rule.mjs";

type HeaderSource = { get(name: string): string | null };

/** The address the request came from, or "unknown" (e.g. when called outside the web server). */
export function clientAddress(headers: HeaderSource, hops = trustedProxyHops()): string {
  return clientAddressFrom((name) => headers.get(name), hops);
}

// The client's address, for every throttle and log line. X-Forwarded-For is written by whoever
// sends the request, so only the entries added by our own proxies can be believed: with
// TRUSTED_PROXY_HOPS = n, the address is the n-th hop from the right of [X-Forwarded-For…, peer],
// where "peer" is the TCP socket's address. With 0 (the default, no proxy in front) it is the
// socket address itself and X-Forwarded-For is ignored.
//
// Next.js does not expose the socket to route handlers or server actions, and it keeps a
// client-sent X-Forwarded-For as is: scripts/lib/peer-address.mjs (preloaded into the server by
// scripts/lib/boot.ts) writes the socket address into PEER_HEADER on every request, overwriting
// anything a client sent under that name.
export const PEER_HEADER = "x-expat-peer-address";

type HeaderSource = { get(name: string): string | null };

export function trustedProxyHops(source: Record<string, string | undefined> = process.env): number {
  const hops = Number(source.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an address → null. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim().toLowerCase();
  if (value.startsWith("[")) value = value.slice(1, value.indexOf("]") > 0 ? value.indexOf("]") : undefined);
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (value.startsWith("::ffff:") && value.includes(".")) value = value.slice(7);
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(value) && value.split(".").every((part) => Number(part) <= 255)) return value;
  if (/^[0-9a-f:]{2,39}$/.test(value) && value.includes(":")) return value;
  return null;
}

/** The address the request came from, or "unknown" (e.g. when called outside the web server). */
export function clientAddress(headers: HeaderSource, hops = trustedProxyHops()): string {
  const peer = normaliseAddress(headers.get(PEER_HEADER));
  if (hops === 0) return peer ?? "unknown";
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const chain = peer ? [...forwarded, peer] : forwarded;
  // The leftmost entries are the client's own claims; a chain shorter than our proxies is not ours.
  const index = chain.length - 1 - hops;
  return normaliseAddress(index >= 0 ? chain[index] : chain[0]) ?? "unknown";
}

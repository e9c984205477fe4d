// The client-address rule itself, in plain JavaScript so that the production server (server.mjs,
// which Node runs without a TypeScript step) and the application (lib/http/client-address.ts) use
// one and the same code: the request log line and every throttle name the same address.
// X-Forwarded-For is written by whoever sends the request, so only the entries added by our own
// proxies can be believed: with TRUSTED_PROXY_HOPS = n, the address is the n-th hop from the right
// of [X-Forwarded-For…, peer], where "peer" is the TCP socket's address. With 0 (the default, no
// proxy in front) it is the socket address itself and X-Forwarded-For is ignored.

/** Request header scripts/lib/peer-address.mjs fills with the socket address on every request. */
export const PEER_HEADER = "x-expat-peer-address";

export function trustedProxyHops(source = process.env) {
  const hops = Number(source.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an address → null. */
export function normaliseAddress(raw) {
  if (!raw) return null;
  let value = raw.trim().toLowerCase();
  if (value.startsWith("[")) value = value.slice(1, value.indexOf("]") > 0 ? value.indexOf("]") : undefined);
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (value.startsWith("::ffff:") && value.includes(".")) value = value.slice(7);
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(value) && value.split(".").every((part) => Number(part) <= 255)) return value;
  if (/^[0-9a-f:]{2,39}$/.test(value) && value.includes(":")) return value;
  return null;
}

/** The address the request came from, given a header lookup, or "unknown". */
export function clientAddressFrom(header, hops = trustedProxyHops()) {
  const text = (name) => {
    const value = header(name);
    return Array.isArray(value) ? value.join(", ") : (value ?? null);
  };
  const peer = normaliseAddress(text(PEER_HEADER));
  if (hops === 0) return peer ?? "unknown";
  const forwarded = (text("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = peer ? [...forwarded, peer] : forwarded;
  // The leftmost entries are the client's own claims; a chain shorter than our proxies is not ours.
  const index = chain.length - 1 - hops;
  return normaliseAddress(index >= 0 ? chain[index] : chain[0]) ?? "unknown";
}

// The client's address for throttling the public status check (issue 17). X-Forwarded-For is
// client-controlled: only the entries our own proxies appended can be trusted, so the address is
// the one TRUSTED_PROXY_HOPS places from the right (security.md). Without trusted proxies there
// is no address to trust in a server action, and every caller shares one bucket.
// When the shared client-address function of issue 14 lands, this file is replaced by it.

export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/** The address `hops` entries from the right of X-Forwarded-For, or null. */
export function addressFromForwardedFor(header: string | null, hops: number): string | null {
  if (!header || hops < 1) return null;
  const entries = header.split(",").map((e) => e.trim()).filter(Boolean);
  const address = entries[entries.length - hops];
  return address && /^[0-9a-fA-F:.]{2,45}$/.test(address) ? address : null;
}

import { trustedProxyHops } from "@/lib/http/client-address";

/**
 * The host this request was addressed to. X-Forwarded-Host is believed only when a proxy of ours
 * is in front (TRUSTED_PROXY_HOPS > 0; it must overwrite the header): from anyone else it is a
 * forgery that would let a cross-site request pass as same-origin.
 */
export function requestHost(request: Request): string | null {
  const forwarded = trustedProxyHops() > 0 ? request.headers.get("x-forwarded-host")?.split(",").pop()?.trim() : null;
  return forwarded || request.headers.get("host");
}

/**
 * Route handlers that change data refuse cross-site requests (defence in depth on top of
 * SameSite=Lax cookies; server actions get the same check from Next itself).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  const host = requestHost(request);
  try {
    return !!host && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

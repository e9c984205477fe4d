export const PEER_HEADER: string;
export function trustedProxyHops(source?: Record<string, string | undefined>): number;
export function normaliseAddress(raw: string | null | undefined): string | null;
export function clientAddressFrom(header: (name: string) => string | string[] | null | undefined, hops?: number): string;

import type { IncomingMessage, ServerResponse } from "node:http";

export type PageSplit = { pieces: Buffer[]; deflated: Buffer[]; nonceLength: number };
export function isCachedPublicPage(pathname: string): boolean;
export function hasSessionCookie(cookieHeader: string | undefined): boolean;
export function nonceOf(csp: unknown): string | undefined;
export function freshNonce(): string;
export function freshReader<T>(read: () => Promise<T> | T): () => Promise<T>;
export function splitAtNonce(body: Buffer, nonce: string): PageSplit;
export function joinIdentity(split: PageSplit, nonce: string): Buffer;
export function joinGzip(split: PageSplit, nonce: string): Buffer;
export function createPageCache(options: {
  readVersion: () => Promise<number | undefined> | number | undefined;
  logger: { warn: (...args: unknown[]) => void };
  compress?: boolean;
  maxEntries?: number;
  maxBytes?: number;
}): {
  handle(req: IncomingMessage, res: ServerResponse, context: { notCacheable?: boolean }, render: () => Promise<unknown>): Promise<unknown>;
  size(): number;
  /** Renders in progress that concurrent misses for the same page wait for (single flight). */
  rendering(): number;
};

import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  freshNonce,
  freshReader,
  hasSessionCookie,
  isCachedPublicPage,
  joinGzip,
  joinIdentity,
  nonceOf,
  splitAtNonce,
} from "./page-cache.mjs";

describe("which pages the page cache may keep", () => {
  it("the public catalogue in each language, nothing else", () => {
    for (const path of [
      "/",
      "/ru",
      "/kk",
      "/services",
      "/kk/services",
      "/services/WORK_VISA",
      "/ru/services/WORK_VISA",
      "/services/finder",
      "/ru/services/finder",
      // A language added to the locale table needs no edit here; a prefix that is not a language
      // ("/de", "/en", which redirects) is a candidate but Next answers it with a 404 or a redirect,
      // which is never stored (tests/production/page-cache.test.ts).
      "/uz/services",
      "/de",
    ]) {
      expect(isCachedPublicPage(path), path).toBe(true);
    }
    for (const path of [
      "/portal",
      "/ru/portal",
      "/sign-in",
      "/staff",
      "/services/work-visa",
      "/services/WORK_VISA/apply",
      "/api/health",
      "/services/",
      "/portal/services",
      "/api/services",
    ]) {
      expect(isCachedPublicPage(path), path).toBe(false);
    }
  });

  it("a session cookie (any Auth.js cookie) makes a request personal; other cookies do not", () => {
    expect(hasSessionCookie("authjs.session-token=abc")).toBe(true);
    expect(hasSessionCookie("theme=dark; __Secure-authjs.session-token=abc")).toBe(true);
    expect(hasSessionCookie("authjs.csrf-token=x")).toBe(true);
    expect(hasSessionCookie("theme=dark")).toBe(false);
    expect(hasSessionCookie(undefined)).toBe(false);
  });

  it("finds the nonce of a Content-Security-Policy", () => {
    expect(nonceOf("default-src 'self'; script-src 'self' 'nonce-QUJD' 'strict-dynamic'")).toBe("QUJD");
    expect(nonceOf("default-src 'self'")).toBeUndefined();
    expect(nonceOf(undefined)).toBeUndefined();
  });
});

describe("a stored page sent with a new nonce", () => {
  const old = freshNonce();
  const page = Buffer.from(
    `${old}<html><script nonce="${old}">self.__next_f.push([1,"${"é ".repeat(5000)}"])</script><p>fin</p>${old}${old}`,
  );
  const split = splitAtNonce(page, old);

  it("has the new nonce wherever the old one was, uncompressed and as gzip", () => {
    const nonce = freshNonce();
    expect(nonce).not.toBe(old);
    const expected = page.toString().split(old).join(nonce);
    expect(joinIdentity(split, nonce).toString()).toBe(expected);
    // Run several times: the CRC must hold on every call, not only the first (see joinGzip).
    for (let i = 0; i < 50; i++) expect(gunzipSync(joinGzip(split, nonce)).toString()).toBe(expected);
  });

  it("fresh nonces differ", () => {
    expect(new Set(Array.from({ length: 100 }, freshNonce)).size).toBe(100);
  });
});

describe("reading the version after a request arrived", () => {
  it("shares one read among the callers that arrived while another was in flight, and starts a new one for them", async () => {
    let reads = 0;
    const gates: (() => void)[] = [];
    const read = freshReader(() => new Promise<number>((resolve) => gates.push(() => resolve(++reads))));
    const first = read();
    const second = read();
    const third = read();
    expect(gates).toHaveLength(1);
    gates[0]();
    expect(await first).toBe(1);
    // The second and third arrived while the first read ran: they wait for a read started after them.
    await new Promise((resolve) => setImmediate(resolve));
    expect(gates).toHaveLength(2);
    gates[1]();
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  it("a failed read fails its callers and does not block the next", async () => {
    let fail = true;
    const read = freshReader(async () => {
      if (fail) throw new Error("down");
      return 7;
    });
    await expect(read()).rejects.toThrow("down");
    fail = false;
    expect(await read()).toBe(7);
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { readSessionClaims, sessionCookieName, sessionSecrets, usesSecureCookies } from "./session-token";

const SECRET = "a-test-secret-of-at-least-thirty-two-characters";
const env = { AUTH_SECRET: SECRET };
const claims = { uid: "user-1", sv: 3, sid: "session-1", role: "STAFF" };

async function tokenFor(salt: string, options: { secret?: string; maxAge?: number; token?: object } = {}) {
  return encode({ token: options.token ?? claims, secret: options.secret ?? SECRET, salt, maxAge: options.maxAge ?? 3600 });
}

describe("the session cookie read without auth()", () => {
  it("reads a token Auth.js wrote, under the plain name over http and the __Secure- name over https", async () => {
    const plain = sessionCookieName(false);
    const secure = sessionCookieName(true);
    expect(plain).toBe("authjs.session-token");
    expect(secure).toBe("__Secure-authjs.session-token");
    const overHttp = await readSessionClaims([{ name: plain, value: await tokenFor(plain) }], "http", env);
    expect(overHttp).toMatchObject(claims);
    const overHttps = await readSessionClaims([{ name: secure, value: await tokenFor(secure) }], "https", env);
    expect(overHttps).toMatchObject(claims);
  });

  it("decides http or https as Auth.js does: AUTH_URL first, then X-Forwarded-Proto, https when neither says", () => {
    expect(usesSecureCookies({ AUTH_URL: "https://portal.example" }, "http")).toBe(true);
    expect(usesSecureCookies({ NEXTAUTH_URL: "http://localhost:3000" }, "https")).toBe(false);
    expect(usesSecureCookies({}, "http")).toBe(false);
    expect(usesSecureCookies({}, "https")).toBe(true);
    expect(usesSecureCookies({}, null)).toBe(true);
  });

  it("refuses a token under the other cookie's name (its salt differs), a tampered one, another secret's and an expired one", async () => {
    const plain = sessionCookieName(false);
    const secureToken = await tokenFor(sessionCookieName(true));
    expect(await readSessionClaims([{ name: plain, value: secureToken }], "http", env)).toBeNull();
    const good = await tokenFor(plain);
    const tampered = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await readSessionClaims([{ name: plain, value: tampered }], "http", env)).toBeNull();
    const foreign = await tokenFor(plain, { secret: "another-secret-of-at-least-thirty-two-chars" });
    expect(await readSessionClaims([{ name: plain, value: foreign }], "http", env)).toBeNull();
    const expired = await tokenFor(plain, { maxAge: -60 });
    expect(await readSessionClaims([{ name: plain, value: expired }], "http", env)).toBeNull();
    expect(await readSessionClaims([], "http", env)).toBeNull();
    expect(await readSessionClaims([{ name: plain, value: good }], "http", {})).toBeNull();
  });

  it("accepts a token made with a rotated-out secret while AUTH_SECRET_1 holds the new one", async () => {
    const plain = sessionCookieName(false);
    expect(sessionSecrets({ AUTH_SECRET: "old", AUTH_SECRET_1: "new" })).toEqual(["new", "old"]);
    const value = await tokenFor(plain);
    expect(await readSessionClaims([{ name: plain, value }], "http", { AUTH_SECRET: SECRET, AUTH_SECRET_1: "x".repeat(40) })).toMatchObject(
      claims,
    );
  });

  it("joins a token that Auth.js split into numbered chunks", async () => {
    const plain = sessionCookieName(false);
    const value = await tokenFor(plain);
    const cut = Math.floor(value.length / 2);
    const chunks = [
      { name: `${plain}.1`, value: value.slice(cut) },
      { name: "other", value: "1" },
      { name: `${plain}.0`, value: value.slice(0, cut) },
    ];
    expect(await readSessionClaims(chunks, "http", env)).toMatchObject(claims);
  });

  describe("decrypted once per process", () => {
    afterEach(() => vi.useRealTimers());

    it("answers a token decrypted before from memory, but never for other secrets or another cookie name", async () => {
      const plain = sessionCookieName(false);
      const value = await tokenFor(plain, { token: { ...claims, uid: "user-cached" } });
      expect(await readSessionClaims([{ name: plain, value }], "http", env)).toMatchObject({ uid: "user-cached" });
      expect(await readSessionClaims([{ name: plain, value }], "http", env)).toMatchObject({ uid: "user-cached" });
      // The same string under secrets that could not decrypt it, or under the https name (the salt).
      expect(await readSessionClaims([{ name: plain, value }], "http", { AUTH_SECRET: "y".repeat(40) })).toBeNull();
      const secure = sessionCookieName(true);
      expect(await readSessionClaims([{ name: secure, value }], "https", env)).toBeNull();
    });

    it("stops answering a kept token once it has expired (with Auth.js's 15 s of tolerance)", async () => {
      vi.useFakeTimers({ toFake: ["Date", "performance"] });
      const plain = sessionCookieName(false);
      const value = await tokenFor(plain, { maxAge: 60, token: { ...claims, uid: "user-expiring" } });
      expect(await readSessionClaims([{ name: plain, value }], "http", env)).toMatchObject({ uid: "user-expiring" });
      vi.advanceTimersByTime(70_000);
      expect(await readSessionClaims([{ name: plain, value }], "http", env)).toMatchObject({ uid: "user-expiring" });
      vi.advanceTimersByTime(10_000);
      expect(await readSessionClaims([{ name: plain, value }], "http", env)).toBeNull();
    });
  });
});

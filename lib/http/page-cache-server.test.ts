import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPageCache } from "./page-cache.mjs";

// The cache in front of a stand-in for Next's handler on a real HTTP server: what it keeps and
// what it never keeps. (tests/production/page-cache.test.ts runs it in front of the real build.)
type Rendered = { status?: number; headers?: Record<string, string>; body?: string; notCacheable?: boolean; delayMs?: number };
let next: (url: string) => Rendered;
let renders = 0;
let version = 1;
let server: http.Server;
let cache: ReturnType<typeof createPageCache>;
let base: string;

beforeAll(async () => {
  cache = createPageCache({ readVersion: async () => version, logger: { warn: () => undefined } });
  server = http.createServer((req, res) => {
    const context: { notCacheable?: boolean } = {};
    void cache.handle(req, res, context, async () => {
      renders++;
      const nonce = Buffer.from(`nonce-${renders}`).toString("base64");
      const page = next(req.url ?? "/");
      // A render takes time (Next awaits the database): long enough for other requests to arrive.
      if (page.delayMs) await new Promise((resolve) => setTimeout(resolve, page.delayMs));
      if (page.notCacheable) context.notCacheable = true;
      res.statusCode = page.status ?? 200;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
      for (const [name, value] of Object.entries(page.headers ?? {})) res.setHeader(name, value);
      res.write(`<html><script nonce="${nonce}">1</script>`);
      res.end(`${page.body ?? ""}</html>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers });
  return {
    cache: response.headers.get("x-page-cache"),
    body: await response.text(),
    csp: response.headers.get("content-security-policy") ?? "",
  };
}

describe("the page cache in front of a renderer", () => {
  it("keeps a public page and sends it again with a new nonce in body and policy", async () => {
    next = () => ({ body: "home" });
    const first = await get("/ru");
    const second = await get("/ru");
    expect([first.cache, second.cache]).toEqual(["miss", "hit"]);
    const nonce = /'nonce-([^']+)'/.exec(second.csp)![1];
    expect(second.body).toBe(`<html><script nonce="${nonce}">1</script>home</html>`);
    expect(first.body).not.toContain(nonce);
  });

  it("never keeps a response that sets a cookie", async () => {
    next = () => ({ headers: { "Set-Cookie": "a=b" } });
    expect((await get("/services/A")).cache).toBe("miss");
    expect((await get("/services/A")).cache).toBe("miss");
  });

  it("never keeps an error, a non-HTML answer or a page drawn from stand-in data", async () => {
    next = (url) =>
      url === "/services/B"
        ? { status: 404 }
        : url === "/services/C"
          ? { headers: { "Content-Type": "application/json" } }
          : { notCacheable: true };
    for (const path of ["/services/B", "/services/C", "/services/D"]) {
      expect((await get(path)).cache, path).toBe("miss");
      expect((await get(path)).cache, path).toBe("miss");
    }
  });

  it("renders again once the reference-data version moved", async () => {
    next = () => ({ body: "v1" });
    await get("/services/E");
    expect((await get("/services/E")).cache).toBe("hit");
    version++;
    next = () => ({ body: "v2" });
    const after = await get("/services/E");
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("v2");
  });

  it("passes by for a session cookie, client navigation and pages off the list", async () => {
    next = () => ({ body: "x" });
    await get("/services");
    const before = renders;
    expect((await get("/services", { cookie: "authjs.session-token=abc" })).cache).toBe("bypass");
    expect((await get("/services", { rsc: "1" })).cache).toBe("bypass");
    expect((await get("/portal")).cache).toBeNull();
    expect(renders).toBe(before + 3);
  });

  it("concurrent misses for one page wait for a single render, each response with its own nonce", async () => {
    next = () => ({ body: "cold", delayMs: 150 });
    const before = renders;
    const pages = await Promise.all(Array.from({ length: 8 }, () => get("/services/F?cold=1")));
    expect(renders - before).toBe(1);
    expect(pages.filter((p) => p.cache === "miss")).toHaveLength(1);
    expect(pages.filter((p) => p.cache === "coalesced")).toHaveLength(7);
    const nonces = pages.map((p) => /'nonce-([^']+)'/.exec(p.csp)![1]);
    expect(new Set(nonces).size).toBe(8);
    pages.forEach((p, i) => expect(p.body).toBe(`<html><script nonce="${nonces[i]}">1</script>cold</html>`));
    expect(cache.rendering()).toBe(0);
  });

  it("does not share a render that started at an older reference-data version", async () => {
    next = () => ({ body: `v${version}`, delayMs: 150 });
    const before = renders;
    const older = get("/services/G");
    await new Promise((resolve) => setTimeout(resolve, 30));
    version++;
    const newer = await get("/services/G");
    expect((await older).cache).toBe("miss");
    expect(newer.cache).toBe("miss");
    expect(newer.body).toContain(`v${version}`);
    expect(renders - before).toBe(2);
  });

  it("waiters render for themselves when the shared render could not be kept", async () => {
    next = () => ({ body: "personal", headers: { "Set-Cookie": "a=b" }, delayMs: 100 });
    const before = renders;
    const pages = await Promise.all(Array.from({ length: 3 }, () => get("/services/H")));
    expect(pages.map((p) => p.cache)).toEqual(["miss", "miss", "miss"]);
    expect(renders - before).toBe(3);
    expect(cache.rendering()).toBe(0);
  });
});

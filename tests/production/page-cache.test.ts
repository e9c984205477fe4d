import fs from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { callServerAction, signIn, type HttpSession } from "@/scripts/scale/http-session";
import { prepareDatabase, productionEnvironment, startServer, type PreparedDatabase, type RunningServer } from "./production-server";

// The anonymous-page cache of the production server (lib/http/page-cache.mjs, decision 022) in
// front of the real build: hits keep a nonce of their own, a session is never served from it, and
// an administrator's MRP change through the admin page reaches the next visitor.
let db: PreparedDatabase;
let server: RunningServer;
const PASSWORD = "A-cache-test-password-2026";

beforeAll(async () => {
  db = await prepareDatabase();
  const client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
  const hash = await hashPassword(PASSWORD);
  await client.query(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "emailVerifiedAt") VALUES
       ('cache-admin', 'admin@cache.example', 'Cache Admin', 'ADMIN', $1, now()),
       ('cache-staff', 'staff@cache.example', 'Cache Staff Member', 'STAFF', $1, now())`,
    [hash],
  );
  await client.end();
  server = await startServer(productionEnvironment(db.appUrl));
});

afterAll(async () => {
  if (server?.child.exitCode === null) {
    server.child.kill("SIGTERM");
    await server.exited;
  }
  await db?.stop();
});

async function visit(pathname: string, cookie?: string) {
  const response = await fetch(server.url(pathname), {
    headers: { "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) },
    redirect: "manual",
  });
  const body = await response.text();
  const csp = response.headers.get("content-security-policy") ?? "";
  return {
    status: response.status,
    cache: response.headers.get("x-page-cache"),
    encoding: response.headers.get("content-encoding"),
    body,
    headerNonce: /'nonce-([^']+)'/.exec(csp)?.[1],
    bodyNonces: new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1])),
  };
}

describe("public pages for visitors from the page cache", () => {
  it("the second visit of a page is served from memory, gzip-compressed", async () => {
    const first = await visit("/ru/services/WORK_VISA");
    const second = await visit("/ru/services/WORK_VISA");
    expect(first.status).toBe(200);
    expect(first.cache).toBe("miss");
    expect(second.cache).toBe("hit");
    expect(second.encoding).toBe("gzip");
    expect(second.body.length).toBe(first.body.length);
  });

  it("every response has its own nonce, the same in its policy and on each of its scripts", async () => {
    await visit("/services");
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const page = await visit("/services");
      expect(page.cache).toBe("hit");
      expect(page.headerNonce).toBeDefined();
      expect([...page.bodyNonces]).toEqual([page.headerNonce]);
      seen.add(page.headerNonce!);
    }
    expect(seen.size).toBe(3);
  });

  it("concurrent visitors of a page nobody has asked for yet wait for one render (single flight)", async () => {
    // A key no other test uses (the query is part of it): cold, as after a start or an admin's change.
    const pages = await Promise.all(Array.from({ length: 6 }, () => visit("/kk/services/WORK_VISA?single-flight=1")));
    expect(pages.map((p) => p.status)).toEqual(Array(6).fill(200));
    expect(pages.filter((p) => p.cache === "miss")).toHaveLength(1);
    // The others waited for it, or (on a slow machine) arrived after it was kept.
    expect(pages.every((p) => p.cache === "miss" || p.cache === "coalesced" || p.cache === "hit")).toBe(true);
    expect(pages.filter((p) => p.cache === "coalesced").length).toBeGreaterThan(0);
    for (const page of pages) expect([...page.bodyNonces]).toEqual([page.headerNonce]);
    expect(new Set(pages.map((p) => p.headerNonce)).size).toBe(6);
  });

  it("a signed-in visitor is never served the cached page", async () => {
    await visit("/");
    const anonymous = await visit("/");
    expect(anonymous.cache).toBe("hit");
    expect(anonymous.body).not.toContain("Cache Staff Member");
    const staff = await signIn(server.url(""), "staff@cache.example", PASSWORD);
    const signedIn = await visit("/", staff.cookie);
    expect(signedIn.status).toBe(200);
    expect(signedIn.cache).toBe("bypass");
    expect(signedIn.body).toContain("Cache Staff Member");
  });

  it("after an administrator changes the MRP on the admin page, the next visitor sees the new value", async () => {
    const year = Number(isoDateInTimeZone(new Date()).slice(0, 4));
    await visit("/services/WORK_VISA");
    const before = await visit("/services/WORK_VISA");
    expect(before.cache).toBe("hit");
    expect(before.body).not.toContain("432100");
    const admin: HttpSession = await signIn(server.url(""), "admin@cache.example", PASSWORD);
    const saved = await callServerAction(admin, "/admin/mrp", actionId("saveMrpAction"), [{ year: String(year), valueKzt: "4321" }]);
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('"ok":true');
    const after = await visit("/services/WORK_VISA");
    expect(after.cache).toBe("miss");
    // The calculator's rates as the page hands them to the browser, in tiyn.
    expect(after.body).toContain("432100");
    expect((await visit("/services/WORK_VISA")).cache).toBe("hit");
  });

  it("a prefix that is not a language is answered by the application every time, never from memory", async () => {
    for (const pathname of ["/de/services", "/en/services"]) {
      const first = await visit(pathname);
      const second = await visit(pathname);
      expect([first.status, second.status], pathname).toEqual([first.status, first.status]);
      expect(first.status, pathname).not.toBe(200);
      expect(second.cache, pathname).toBe("miss");
    }
  });
});

/** The id of a server action in the build's manifest. */
function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string; filename: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name && entry.filename.includes("admin"));
  if (!found) throw new Error(`No server action ${name} in the build`);
  return found[0];
}

describe("NODE_COMPRESSION=off (a reverse proxy compresses)", () => {
  it("rendered responses go out uncompressed; pages held compressed still go out as gzip", async () => {
    const gzipped = async (target: RunningServer, pathname: string) => {
      const response = await fetch(target.url(pathname), { headers: { "accept-encoding": "gzip" } });
      await response.arrayBuffer();
      return { encoding: response.headers.get("content-encoding"), cache: response.headers.get("x-page-cache") };
    };
    expect((await gzipped(server, "/sign-in")).encoding).toBe("gzip");
    const behindProxy = await startServer(productionEnvironment(db.appUrl, { NODE_COMPRESSION: "off" }));
    try {
      expect((await gzipped(behindProxy, "/sign-in")).encoding).toBeNull();
      // Compressed once when stored (on the miss), so sent compressed from then on.
      expect(await gzipped(behindProxy, "/kk/services")).toEqual({ encoding: "gzip", cache: "miss" });
      expect(await gzipped(behindProxy, "/kk/services")).toEqual({ encoding: "gzip", cache: "hit" });
    } finally {
      behindProxy.child.kill("SIGTERM");
      await behindProxy.exited;
    }
  });
});

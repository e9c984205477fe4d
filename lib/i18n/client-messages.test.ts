import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ADMIN_CLIENT_MESSAGES,
  CALCULATOR_CLIENT_MESSAGES,
  PORTAL_CLIENT_MESSAGES,
  PUBLIC_CLIENT_MESSAGES,
  STAFF_CLIENT_MESSAGES,
  pickMessages,
} from "./client-messages";
import { loadMessages } from "./messages";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SETS = { PUBLIC: PUBLIC_CLIENT_MESSAGES, CALCULATOR: CALCULATOR_CLIENT_MESSAGES, PORTAL: PORTAL_CLIENT_MESSAGES, STAFF: STAFF_CLIENT_MESSAGES, ADMIN: ADMIN_CLIENT_MESSAGES };
type SetName = keyof typeof SETS;

/** Which providers a client component renders under (by where it lives and who imports it). */
function setsFor(file: string): SetName[] {
  // The calculator on the public service page reuses these two from the application wizard.
  if (file === "components/applications/question-input.tsx" || file === "components/applications/quote-summary.tsx") return ["CALCULATOR", "PORTAL"];
  if (file === "components/company/accept-invitation-form.tsx") return ["PUBLIC"];
  if (file === "components/layout/portal-nav.tsx") return ["PORTAL"];
  if (file.startsWith("components/services/")) return ["CALCULATOR"];
  if (/^components\/(applications|people|company)\//.test(file)) return ["PORTAL"];
  if (file.startsWith("components/review/")) return ["STAFF"];
  if (file.startsWith("components/admin/")) return ["ADMIN"];
  // Appointments: booking by applicants, the schedule by staff, the settings by admins.
  if (file.startsWith("components/booking/")) return ["PORTAL", "STAFF", "ADMIN"];
  // Anything else (auth, status, error boundary, layout, new folders) is under the root provider.
  return ["PUBLIC"];
}

function clientFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts"))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .filter((file) => /^\s*["']use client["']/.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
}

/** Message keys (or key prefixes) a client file may read: namespaced translators, and for a root translator every key-like literal. */
function usedKeys(source: string, namespaces: string[]): string[] {
  const keys = [...source.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  if (/useTranslations\(\s*\)/.test(source)) {
    const literal = new RegExp(`["'\`]((?:${namespaces.join("|")})\\.[A-Za-z0-9_.]*)`, "g");
    for (const m of source.matchAll(literal)) keys.push(m[1].replace(/\.$/, ""));
  }
  return keys;
}

function covers(paths: readonly string[], key: string): boolean {
  const under = (k: string, p: string) => k === p || k.startsWith(`${p}.`);
  return paths.some((p) => !p.startsWith("-") && under(key, p)) && !paths.some((p) => p.startsWith("-") && under(key, p.slice(1)));
}

describe("client messages", () => {
  it("picks sub-trees in the same shape and leaves out removed ones, without touching the source", () => {
    const messages = { a: { b: { c: "1", d: "2" }, e: "3" }, f: { g: "4" }, h: "5" };
    expect(pickMessages(messages, ["a.b", "h", "missing.key"])).toEqual({ a: { b: { c: "1", d: "2" } }, h: "5" });
    expect(pickMessages(messages, ["a", "-a.b.c"])).toEqual({ a: { b: { d: "2" }, e: "3" } });
    expect(messages.a.b.c).toBe("1");
  });

  it("names only namespaces that exist in every language", async () => {
    for (const locale of ["en", "ru", "kk"] as const) {
      const messages = await loadMessages(locale);
      for (const [name, paths] of Object.entries(SETS)) {
        for (const p of paths) {
          const found = p.replace(/^-/, "").split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), messages);
          expect(found, `${name}: ${p} in ${locale}`).toBeTypeOf("object");
        }
      }
    }
  });

  it("gives every client component the namespaces it reads, under each provider it renders in", async () => {
    const namespaces = Object.keys(await loadMessages("en"));
    const files = [...clientFiles("components"), ...clientFiles("app")];
    expect(files.length).toBeGreaterThan(30);
    const missing: string[] = [];
    for (const file of files) {
      const keys = usedKeys(fs.readFileSync(path.join(ROOT, file), "utf8"), namespaces);
      for (const set of setsFor(file)) for (const key of keys) if (!covers(SETS[set], key)) missing.push(`${file}: ${key} not in ${set}`);
    }
    expect(missing).toEqual([]);
  });

  it("keeps the public payload small: the whole English set is under 15 kB of JSON", async () => {
    const messages = await loadMessages("en");
    expect(JSON.stringify(pickMessages(messages, PUBLIC_CLIENT_MESSAGES)).length).toBeLessThan(15_000);
  });
});

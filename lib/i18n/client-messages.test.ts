import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ADMIN_CLIENT_MESSAGES,
  CALCULATOR_CLIENT_MESSAGES,
  PORTAL_CLIENT_MESSAGES,
  PORTAL_NAV_CLIENT_MESSAGES,
  PUBLIC_CLIENT_MESSAGES,
  STAFF_CLIENT_MESSAGES,
  pickMessages,
} from "./client-messages";
import { loadMessages } from "./messages";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SETS = {
  PUBLIC: PUBLIC_CLIENT_MESSAGES,
  CALCULATOR: CALCULATOR_CLIENT_MESSAGES,
  PORTAL_NAV: PORTAL_NAV_CLIENT_MESSAGES,
  PORTAL: PORTAL_CLIENT_MESSAGES,
  STAFF: STAFF_CLIENT_MESSAGES,
  ADMIN: ADMIN_CLIENT_MESSAGES,
};
type SetName = keyof typeof SETS;

/** Which providers a client component renders under (by where it lives and who imports it). */
function setsFor(file: string): SetName[] {
  // The calculator on the public service page reuses these two from the application wizard.
  if (file === "components/applications/question-input.tsx" || file === "components/applications/quote-summary.tsx")
    return ["CALCULATOR", "PORTAL"];
  if (file === "components/company/accept-invitation-form.tsx") return ["PUBLIC"];
  if (file === "components/layout/portal-nav.tsx") return ["PORTAL_NAV"];
  if (file.startsWith("components/services/")) return ["CALCULATOR"];
  if (/^components\/(applications|people|company)\//.test(file)) return ["PORTAL"];
  if (file.startsWith("components/review/")) return ["STAFF"];
  // The refused-step message of the review and admin forms (moved from components/review).
  if (file === "components/ui/action-problem.tsx") return ["STAFF", "ADMIN"];
  if (file.startsWith("components/admin/")) return ["ADMIN"];
  // Appointments: booking by applicants, the schedule by staff, the settings by admins.
  if (file.startsWith("components/booking/")) return ["PORTAL", "STAFF", "ADMIN"];
  // Anything else (auth, status, invitation, profile, new folders) is under a provider of the public set.
  return ["PUBLIC"];
}

function clientFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts"))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .filter((file) => /^\s*["']use client["']/.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
}

/** Message keys (or key prefixes) a client file may read: namespaced translators, and for a root translator every key-like literal. */
function usedKeys(source: string, namespaces: string[]): string[] {
  const keys: string[] = [];
  // A namespaced translator: the literal keys it is called with, or the whole namespace when a
  // call's key is computed (or the translator is handed on).
  for (const [, name, namespace] of source.matchAll(/(\w+)\s*=\s*useTranslations\(\s*["']([^"']+)["']\s*\)/g)) {
    const uses = [...source.matchAll(new RegExp(`\\b${name}\\b(\\.(?:rich|markup|raw|has))?(\\()?\\s*(["'\`])?([^"'\`$)]*)`, "g"))].slice(
      1,
    );
    const literal = uses.every((m) => m[2] && m[3]);
    if (!literal) keys.push(namespace);
    else for (const m of uses) keys.push(`${namespace}.${m[4]}`.replace(/\.$/, ""));
  }
  for (const m of source.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g))
    if (!/=\s*useTranslations/.test(source.slice(Math.max(0, m.index - 40), m.index + 15))) keys.push(m[1]);
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
          const found = p
            .replace(/^-/, "")
            .split(".")
            .reduce<unknown>(
              (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
              messages,
            );
          expect(found, `${name}: ${p} in ${locale}`).toBeDefined();
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

  // The area roots have only the area layout's provider above them (the sections add their own):
  // every client component they render, followed through imports, must be covered by it.
  it.each([
    ["app/[locale]/staff/page.tsx", "PUBLIC"],
    ["app/[locale]/portal/page.tsx", "PORTAL_NAV"],
    ["app/[locale]/portal/layout.tsx", "PORTAL_NAV"],
  ] as const)("%s renders only client components that %s covers", async (entry, set) => {
    const namespaces = Object.keys(await loadMessages("en"));
    const missing: string[] = [];
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = fs.readFileSync(path.join(ROOT, file), "utf8");
      if (/^\s*["']use client["']/.test(source))
        for (const key of usedKeys(source, namespaces)) if (!covers(SETS[set], key)) missing.push(`${file}: ${key}`);
      for (const m of source.matchAll(/from\s+["'](@\/components\/[^"']+|\.\.?\/[^"']+)["']/g)) {
        const base = m[1].startsWith("@/") ? m[1].slice(2) : path.join(path.dirname(file), m[1]);
        const found = [".tsx", ".ts", "/index.tsx"].map((ext) => base + ext).find((candidate) => fs.existsSync(path.join(ROOT, candidate)));
        if (found) visit(found);
      }
    };
    visit(entry);
    expect(seen.size).toBeGreaterThan(1);
    expect(missing).toEqual([]);
  });

  it("keeps the public payload small: the whole English set is under 15 kB of JSON", async () => {
    const messages = await loadMessages("en");
    expect(JSON.stringify(pickMessages(messages, PUBLIC_CLIENT_MESSAGES)).length).toBeLessThan(15_000);
  });
});

import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The lint rule that keeps queries on one transaction client sequential (issue 20): pg 8 warns
// about overlapping queries on one connection and pg 9 rejects them.

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });
const messagesFor = async (code: string) => {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(import.meta.dirname, "../../lib/data/example.ts") });
  return result.messages.filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);
};

// Loading the project's ESLint config (Next's plugins, TypeScript) takes seconds, more on a busy machine.
beforeAll(() => messagesFor("export {};"), 180_000);

describe("no Promise.all on a transaction client", { timeout: 60_000 }, () => {
  it("flags queries on tx started together", async () => {
    const messages = await messagesFor(`
      export async function f(tx: any) {
        return Promise.all([tx.user.count(), tx.company.count()]);
      }`);
    expect(messages).toHaveLength(1);
  });
  it("flags helpers handed the transaction client inside Promise.all", async () => {
    const messages = await messagesFor(`
      declare function load(db: unknown): Promise<number>;
      export async function f(tx: unknown) {
        return Promise.allSettled([load(tx), load(tx)]);
      }`);
    expect(messages.length).toBeGreaterThan(0);
  });
  it("flags Promise.all inside a $transaction callback whatever the client is called", async () => {
    const messages = await messagesFor(`
      declare const prisma: any;
      export async function f() {
        return prisma.$transaction(async (db: any) => Promise.all([db.user.count(), db.company.count()]));
      }`);
    expect(messages).toHaveLength(1);
  });
  it("allows Promise.all on the pooled client, and sequential awaits on tx", async () => {
    expect(
      await messagesFor(`
      declare const prisma: any;
      export async function f(tx: any) {
        const a = await tx.user.count();
        const b = await tx.company.count();
        return [a, b, await Promise.all([prisma.user.count(), prisma.company.count()])];
      }`),
    ).toEqual([]);
  });
});

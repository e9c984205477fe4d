import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { queueSelect } from "@/lib/review/data/staff-queue-sql";
import { DEFAULT_FILTERS } from "@/lib/review/queue-params";

// The queue's ORDER BY must be the expressions of the index custom_application_queue_order
// (migration *_staff_queue), or every page would sort all applications. With sorting made
// prohibitively expensive, a plan without a Sort node proves that the planner matched them.
async function planOf(filters: typeof DEFAULT_FILTERS, cursor: { rank: number; key: string; id: string } | null = null) {
  const sql = queueSelect({ filters, cursor, actorId: "nobody", today: "2026-05-20", limit: 26 });
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_sort = off");
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql.text}`, ...sql.values);
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

describe("the queue query and its index", () => {
  it.each([
    ["the default page", DEFAULT_FILTERS],
    ["all statuses", { ...DEFAULT_FILTERS, status: "all" as const }],
    ["one status", { ...DEFAULT_FILTERS, status: "IN_PROCESSING" as const }],
    ["awaiting payment confirmation", { ...DEFAULT_FILTERS, payment: "awaiting" as const }],
  ])("reads %s in index order, without sorting", async (_name, filters) => {
    const plan = await planOf(filters);
    expect(plan).toContain("custom_application_queue_order");
    // (The one Sort left is the principal's name, picked from a row's own people snapshot.)
    expect(plan).not.toMatch(/Sort Key: \(CASE/);
  });

  it("continues after a cursor from inside the index", async () => {
    const plan = await planOf({ ...DEFAULT_FILTERS, status: "all" }, { rank: 2, key: "1780000000.5", id: "m" });
    expect(plan).toMatch(/Index Cond: .*\(ROW\(CASE/);
    expect(plan).not.toMatch(/Sort Key: \(CASE/);
  });
});

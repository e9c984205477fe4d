import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listStaffQueue } from "@/lib/review/data/staff-queue";
import { countStaffQueue } from "@/lib/review/data/staff-queue-counts";
import type { CurrentUser } from "@/lib/kernel/access";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { DEFAULT_FILTERS, parseQueueParams, type QueueFilters } from "@/lib/review/queue-params";
import { QUEUE_RANK, type QueueStatus } from "@/lib/review/queue-order";
import { createCompanyWithApplicant, createUser } from "../support/factories/booking";
import { createSubmittedApplication } from "../support/factories/applications";

const NOW = new Date("2026-05-20T06:00:00Z");
const STATUSES: ApplicationStatus[] = [
  "SUBMITTED",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "DOCUMENTS_APPROVED",
  "APPOINTMENT_BOOKED",
  "IN_PROCESSING",
  "COMPLETED",
  "REJECTED",
  "WITHDRAWN",
  "DRAFT",
];
let staff: CurrentUser;
let other: CurrentUser;

async function allPages(filters: QueueFilters, pageSize: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const query = { ...filters, cursor: cursor ? parseQueueParams({ cursor }).cursor : null };
    const result = await listStaffQueue(staff, query, NOW, pageSize);
    ids.push(...result.rows.map((r) => r.id));
    cursor = result.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error("pagination did not end");
}

beforeAll(async () => {
  staff = await createUser(prisma, "STAFF");
  other = await createUser(prisma, "STAFF");
  const owner = await createCompanyWithApplicant(prisma);
  const shared = new Date("2026-05-10T08:00:00Z");
  // 50 applications over every status; many share one timestamp so that ties are broken by id.
  for (let i = 0; i < 50; i++) {
    const status = STATUSES[i % STATUSES.length];
    await createSubmittedApplication(prisma, {
      ...(i % 2 ? owner : {}),
      status,
      documentCodes: [],
      statusChangedAt: i % 3 ? shared : new Date(Date.UTC(2026, 4, 1 + (i % 17), 4)),
      dueDate: status === "IN_PROCESSING" ? new Date(Date.UTC(2026, 4, [14, 26, 20, 27, 15][Math.floor(i / 10)])) : null,
      assigneeId: i % 4 === 0 ? staff.id : i % 4 === 1 ? other.id : null,
      serviceCode: i % 5 === 0 ? "TRP" : "WORK_VISA",
      personName: i === 7 ? "ZHANNA QUEUETEST" : undefined,
      passportNumber: i === 8 ? "N12345678" : undefined,
    });
  }
});

describe("the staff queue", () => {
  it("returns every submitted application exactly once across pages, in attention order", async () => {
    const expected = await prisma.application.findMany({
      where: { status: { not: "DRAFT" } },
      select: { id: true, status: true, statusChangedAt: true, dueDate: true },
    });
    for (const pageSize of [1, 7, 25]) {
      const ids = await allPages({ ...DEFAULT_FILTERS, status: "all" }, pageSize);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(expected.map((a) => a.id).sort());
    }
    const ids = await allPages({ ...DEFAULT_FILTERS, status: "all" }, 7);
    const byId = new Map(expected.map((a) => [a.id, a]));
    const ranks = ids.map((id) => QUEUE_RANK[byId.get(id)!.status as QueueStatus]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const processing = ids
      .map((id) => byId.get(id)!)
      .filter((a) => a.status === "IN_PROCESSING")
      .map((a) => a.dueDate!.getTime());
    expect(processing).toEqual([...processing].sort((a, b) => a - b));
  });

  it("hides finished applications by default and drafts always", async () => {
    const ids = await allPages(DEFAULT_FILTERS, 10);
    const statuses = await prisma.application.findMany({ where: { id: { in: ids } }, select: { status: true } });
    expect(statuses.every((s) => !["DRAFT", "COMPLETED", "REJECTED", "WITHDRAWN"].includes(s.status))).toBe(true);
    expect(ids.length).toBe(
      await prisma.application.count({
        where: {
          status: { in: ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "DOCUMENTS_APPROVED", "APPOINTMENT_BOOKED", "IN_PROCESSING"] },
        },
      }),
    );
  });

  it("filters by status, service, assignee, company and overdue", async () => {
    const count = (where: object) => prisma.application.count({ where: { status: { not: "DRAFT" }, ...where } });
    expect((await allPages({ ...DEFAULT_FILTERS, status: "IN_REVIEW" }, 50)).length).toBe(await count({ status: "IN_REVIEW" }));
    expect((await allPages({ ...DEFAULT_FILTERS, status: "all", service: "TRP" }, 50)).length).toBe(await count({ serviceCode: "TRP" }));
    expect((await allPages({ ...DEFAULT_FILTERS, status: "all", assignee: "me" }, 50)).length).toBe(await count({ assigneeId: staff.id }));
    expect((await allPages({ ...DEFAULT_FILTERS, status: "all", assignee: "unassigned" }, 50)).length).toBe(
      await count({ assigneeId: null }),
    );
    const companyId = (await prisma.application.findFirstOrThrow({ where: { status: "SUBMITTED" } })).companyId;
    expect((await allPages({ ...DEFAULT_FILTERS, status: "all", companyId }, 50)).length).toBe(await count({ companyId }));
    const overdue = await listStaffQueue(staff, { ...DEFAULT_FILTERS, overdue: true, cursor: null }, NOW);
    expect(overdue.rows.length).toBe(await count({ status: "IN_PROCESSING", dueDate: { lt: new Date("2026-05-20") } }));
    expect(overdue.rows.every((r) => r.isOverdue && r.workingDaysLeft! < 0)).toBe(true);
    expect((await countStaffQueue(staff, NOW)).overdue).toBe(overdue.rows.length);
  });

  it("counts working days left with the holiday calendar", async () => {
    const page = await listStaffQueue(staff, { ...DEFAULT_FILTERS, status: "IN_PROCESSING", cursor: null }, NOW);
    // Today is Wed 20 May 2026; 26 May is the Tuesday after: 21, 22, 25, 26 = 4 working days.
    const due26 = page.rows.find((r) => r.dueDate?.toISOString().startsWith("2026-05-26"));
    expect(due26?.workingDaysLeft).toBe(4);
    // 14 May is overdue by 14 > 15, 18, 19, 20 = 4 working days.
    expect(page.rows.find((r) => r.dueDate?.toISOString().startsWith("2026-05-14"))?.workingDaysLeft).toBe(-4);
    expect(page.rows.find((r) => r.dueDate?.toISOString().startsWith("2026-05-20"))).toMatchObject({
      workingDaysLeft: 0,
      isOverdue: false,
    });
    // Nearest due date first: the overdue ones lead.
    expect(page.rows.map((r) => r.dueDate!.toISOString().slice(8, 10))).toEqual(["14", "15", "20", "26", "27"]);
  });

  it("searches by number, person name, passport number, company name and BIN", async () => {
    const target = await prisma.application.findFirstOrThrow({ where: { status: "IN_REVIEW" }, include: { company: true } });
    const search = async (q: string) =>
      (await listStaffQueue(staff, { ...DEFAULT_FILTERS, status: "all", q, cursor: null }, NOW, 100)).rows;
    expect((await search(target.number!.toLowerCase())).map((r) => r.id)).toEqual([target.id]);
    expect((await search("queuetest")).map((r) => r.principalName)).toEqual(["ZHANNA QUEUETEST"]);
    expect((await search("n12345678")).length).toBe(1);
    expect((await search(target.company.name.slice(-10))).every((r) => r.companyId === target.companyId)).toBe(true);
    expect((await search(target.company.bin)).some((r) => r.id === target.id)).toBe(true);
    expect(await search("100%_nothing")).toEqual([]);
  });
});

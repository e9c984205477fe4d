import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listStaffQueue } from "@/lib/review/data/staff-queue";
import { countStaffQueue } from "@/lib/review/data/staff-queue-counts";
import { queueSelect } from "@/lib/review/data/staff-queue-sql";
import type { CurrentUser } from "@/lib/kernel/access";
import { DEFAULT_FILTERS } from "@/lib/review/queue-params";
import { seedQueueBench } from "@/bench/queue-seed";
import { createCompanyWithApplicant, createUser } from "../support/factories/booking";
import { createSubmittedApplication } from "../support/factories/applications";

// Issue 19: the queue's search reads one trigger-maintained column ("searchText") through a
// trigram index, and the tabs read per-status totals kept by a trigger. These tests check that
// the column stays true when people, companies and links change, that the search still finds
// the right rows, and that with a realistic amount of data the planner uses the indexes.

const NOW = new Date("2026-05-20T06:00:00Z");
let staff: CurrentUser;

const search = async (q: string) => (await listStaffQueue(staff, { ...DEFAULT_FILTERS, status: "all", q, cursor: null }, NOW, 100)).rows;
const ids = async (q: string) => (await search(q)).map((r) => r.id).sort();

async function planOf(q: string) {
  const sql = queueSelect({
    filters: { ...DEFAULT_FILTERS, status: "all", q },
    cursor: null,
    actorId: staff.id,
    today: "2026-05-20",
    limit: 26,
  });
  const rows = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql.text}`, ...sql.values);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

let latin: Awaited<ReturnType<typeof createSubmittedApplication>>;
let cyrillic: Awaited<ReturnType<typeof createSubmittedApplication>>;
let kazakh: Awaited<ReturnType<typeof createSubmittedApplication>>;

beforeAll(async () => {
  staff = await createUser(prisma, "STAFF");
  const company = await createCompanyWithApplicant(prisma);
  await prisma.company.update({ where: { id: company.company.id }, data: { name: "Qazaq Searchable Partners LLP" } });
  latin = await createSubmittedApplication(prisma, { ...company, personName: "MARGARET THORNBURY", passportNumber: "Q77001122" });
  cyrillic = await createSubmittedApplication(prisma, { personName: "Наталья Воронцова", passportNumber: "Q77003344" });
  kazakh = await createSubmittedApplication(prisma, { personName: "Әлішер Нұрғалиұлы", passportNumber: "Q77005566" });
});

describe("queue search over the maintained search column", () => {
  it("finds by person name (any case, any part), passport, number and company", async () => {
    expect(await ids("thornbury")).toEqual([latin.application.id]);
    expect(await ids("Margaret Thorn")).toEqual([latin.application.id]);
    expect(await ids("q77001122")).toEqual([latin.application.id]);
    expect(await ids(latin.application.number!)).toEqual([latin.application.id]);
    expect(await ids(latin.application.number!.slice(-6))).toEqual([latin.application.id]);
    expect(await ids("searchable partners")).toEqual([latin.application.id]);
    const bin = (await prisma.company.findUniqueOrThrow({ where: { id: latin.company.id } })).bin;
    expect(await ids(bin)).toEqual([latin.application.id]);
  });

  it("finds non-Latin names as typed", async () => {
    expect(await ids("Воронцова")).toEqual([cyrillic.application.id]);
    expect(await ids("Наталья")).toEqual([cyrillic.application.id]);
    expect(await ids("Нұрғали")).toEqual([kazakh.application.id]);
  });

  it("never matches across two fields, and treats LIKE wildcards as text", async () => {
    // Company and person names are on separate lines of the column.
    expect(await ids("LLP MARGARET")).toEqual([]);
    expect(await ids("THORNBURY Q770")).toEqual([]);
    expect(await ids("%")).toEqual([]);
    expect(await ids("THORN_URY")).toEqual([]);
  });

  it("follows a corrected name, a renamed company and a person added to an application", async () => {
    await prisma.person.update({ where: { id: latin.person.id }, data: { fullName: "MARGARET THORNFIELD" } });
    expect(await ids("thornbury")).toEqual([]);
    expect(await ids("thornfield")).toEqual([latin.application.id]);

    await prisma.company.update({ where: { id: latin.company.id }, data: { name: "Renamed Steppe Holdings LLP" } });
    expect(await ids("searchable partners")).toEqual([]);
    expect(await ids("renamed steppe")).toEqual([latin.application.id]);

    const spouse = await prisma.person.create({
      data: {
        companyId: latin.company.id,
        fullName: "OSWALD THORNFIELD",
        citizenship: "GB",
        dateOfBirth: new Date("1984-01-01"),
        passportNumber: "Q77009999",
        passportIssuedOn: new Date("2022-01-10"),
        passportExpiresOn: new Date("2032-01-09"),
      },
    });
    await prisma.applicationPerson.create({ data: { applicationId: latin.application.id, personId: spouse.id } });
    expect(await ids("oswald")).toEqual([latin.application.id]);
    expect(await ids("q77009999")).toEqual([latin.application.id]);
    await prisma.applicationPerson.delete({
      where: { applicationId_personId: { applicationId: latin.application.id, personId: spouse.id } },
    });
    expect(await ids("oswald")).toEqual([]);
    expect(await ids("q77009999")).toEqual([]);
  });
});

describe("tab counts from the maintained totals", () => {
  it("agree with counting the applications, after inserts, status changes and deletes", async () => {
    const truth = async () => {
      const rows = await prisma.application.groupBy({ by: ["status"], where: { status: { not: "DRAFT" } }, _count: true });
      return Object.fromEntries(rows.map((r) => [r.status, r._count]));
    };
    expect((await countStaffQueue(staff, NOW)).byStatus).toEqual(await truth());
    await prisma.application.update({
      where: { id: cyrillic.application.id },
      data: { status: "IN_PROCESSING", dueDate: new Date("2026-05-10") },
    });
    await prisma.application.update({
      where: { id: kazakh.application.id },
      data: { status: "IN_PROCESSING", dueDate: new Date("2026-05-30") },
    });
    const counts = await countStaffQueue(staff, NOW);
    expect(counts.byStatus).toEqual(await truth());
    expect(counts.overdue).toBe(1);
    await prisma.applicationDocument.deleteMany({ where: { applicationId: kazakh.application.id } });
    await prisma.application.delete({ where: { id: kazakh.application.id } });
    expect((await countStaffQueue(staff, NOW)).byStatus).toEqual(await truth());
  });
});

describe("with 5,000 applications the planner uses the indexes", () => {
  beforeAll(async () => {
    // The benchmark's generator, run as the owner (it also analyses the tables, as autovacuum would).
    await seedQueueBench(process.env.TEST_OWNER_DATABASE_URL!, 5_000);
  }, 120_000);

  it("reads a rare name through the trigram index, and a passport number through its own index", async () => {
    expect(await planOf("Воронцова")).toContain("custom_application_search_text_trgm");
    expect(await ids("Воронцова")).toEqual([cyrillic.application.id]);
    expect(await planOf("P00004321")).toContain("Person_passportNumber");
    expect(await ids("P00004321")).toEqual(["bench-a-0004321"]);
  });

  it("answers a common term (a surname) in queue order, without sorting every match", async () => {
    const plan = await planOf("smith");
    expect(plan).toContain("custom_application_queue_order");
    expect(plan).not.toMatch(/Sort Key: \(CASE/);
    const rows = await search("smith");
    expect(rows.length).toBeGreaterThan(25);
    expect(rows.every((r) => /smith/i.test(r.principalName ?? ""))).toBe(true);
  });

  it("counts the tabs from the totals and the partial due-date index, not by reading every application", async () => {
    const plan = (
      await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT count(*) FROM "Application" a
      WHERE a."status" = 'IN_PROCESSING' AND a."dueDate" < '2026-05-20'::date`)
    )
      .map((r) => r["QUERY PLAN"])
      .join("\n");
    expect(plan).toContain("custom_application_processing_due");
    const counts = await countStaffQueue(staff, NOW);
    const total = Object.values(counts.byStatus).reduce((a, b) => a + (b ?? 0), 0);
    expect(total).toBe(await prisma.application.count({ where: { status: { not: "DRAFT" } } }));
    // The same statement says how many companies wait for verification (the page's link to them).
    expect(counts.companiesToVerify).toBe(await prisma.company.count({ where: { verification: "PENDING" } }));
  });
});

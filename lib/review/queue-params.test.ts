import { describe, expect, it } from "vitest";
import { encodeCursor } from "./queue-cursor";
import { DEFAULT_FILTERS, escapeLike, parseQueueParams, parseSearchTerm, queueSearchParams, statusesOf } from "./queue-params";
import { OPEN_QUEUE_STATUSES, QUEUE_STATUSES, ranksOf } from "./queue-order";

describe("queue filters from the URL", () => {
  it("defaults to every open application, anyone's, no search", () => {
    expect(parseQueueParams({})).toEqual({ ...DEFAULT_FILTERS, cursor: null });
  });

  it("reads every filter", () => {
    const cursor = encodeCursor({ rank: 1, key: "1780000000", id: "abc" });
    expect(
      parseQueueParams({
        status: "IN_PROCESSING",
        service: "WORK_VISA",
        assignee: "me",
        company: "cmp1",
        overdue: "1",
        payment: "awaiting",
        q: "  smith   john ",
        cursor,
      }),
    ).toEqual({
      status: "IN_PROCESSING",
      service: "WORK_VISA",
      assignee: "me",
      companyId: "cmp1",
      overdue: true,
      payment: "awaiting",
      q: "smith john",
      cursor: { rank: 1, key: "1780000000", id: "abc" },
    });
  });

  it("ignores values it does not know instead of failing", () => {
    expect(
      parseQueueParams({
        status: "DRAFT",
        service: "NOPE",
        assignee: "boss",
        company: "x'; --",
        overdue: "yes",
        payment: "RECEIPT_UPLOADED",
        cursor: "junk",
      }),
    ).toEqual({ ...DEFAULT_FILTERS, cursor: null });
  });

  it("takes the first of repeated parameters and caps the search", () => {
    const query = parseQueueParams({ status: ["SUBMITTED", "IN_REVIEW"], q: "a".repeat(300) });
    expect(query.status).toBe("SUBMITTED");
    expect(query.q).toHaveLength(100);
  });

  it("writes back only what differs from the defaults", () => {
    expect(queueSearchParams(DEFAULT_FILTERS).toString()).toBe("");
    const params = queueSearchParams({ ...DEFAULT_FILTERS, status: "all", assignee: "unassigned", q: "EC-2026" }, "CUR");
    expect(Object.fromEntries(params)).toEqual({ status: "all", assignee: "unassigned", q: "EC-2026", cursor: "CUR" });
    expect(parseQueueParams(Object.fromEntries(params)).status).toBe("all");
    const awaiting = queueSearchParams({ ...DEFAULT_FILTERS, payment: "awaiting" });
    expect(awaiting.toString()).toBe("payment=awaiting");
    expect(parseQueueParams(Object.fromEntries(awaiting)).payment).toBe("awaiting");
  });
});

describe("statuses and ranks a filter selects", () => {
  it("open, all and one status", () => {
    expect(statusesOf({ status: "open", overdue: false })).toEqual(OPEN_QUEUE_STATUSES);
    expect(statusesOf({ status: "all", overdue: false })).toEqual(QUEUE_STATUSES);
    expect(statusesOf({ status: "CHANGES_REQUESTED", overdue: false })).toEqual(["CHANGES_REQUESTED"]);
  });
  it("overdue narrows to applications in processing", () => {
    expect(statusesOf({ status: "open", overdue: true })).toEqual(["IN_PROCESSING"]);
    expect(statusesOf({ status: "SUBMITTED", overdue: true })).toEqual([]);
  });
  it("ranks are sorted and distinct", () => {
    expect(ranksOf(["IN_REVIEW", "SUBMITTED", "COMPLETED", "IN_PROCESSING"])).toEqual([0, 1, 4]);
    expect(ranksOf(OPEN_QUEUE_STATUSES)).toEqual([0, 1, 2, 3]);
  });
});

describe("search box", () => {
  it("reads a full application number as an exact lookup", () => {
    expect(parseSearchTerm(" ec-2026-000123 ")).toEqual({ kind: "number", number: "EC-2026-000123" });
  });
  it("reads anything else as text; digits may be a BIN", () => {
    expect(parseSearchTerm("")).toEqual({ kind: "none" });
    expect(parseSearchTerm("smith")).toEqual({ kind: "text", text: "smith", upper: "SMITH", digits: null });
    expect(parseSearchTerm("180340")).toEqual({ kind: "text", text: "180340", upper: "180340", digits: "180340" });
  });
  it("escapes LIKE wildcards", () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
  });
});

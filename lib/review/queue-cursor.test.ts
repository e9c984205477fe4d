import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./queue-cursor";

describe("queue cursor", () => {
  it("round-trips the sort position of the last row", () => {
    for (const cursor of [
      { rank: 0, key: "1780000000.123000", id: "cmabc123" },
      { rank: 4, key: "-1780000000.5", id: "x_Y-9" },
      { rank: 1, key: "1780012800", id: "a" },
    ]) {
      expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    }
  });

  it("is URL-safe", () => {
    expect(encodeCursor({ rank: 2, key: "1780000000.999999", id: "cm_zz-zz" })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("reads anything it did not issue as 'first page'", () => {
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    for (const value of [
      undefined,
      null,
      "",
      "%%%",
      "not-base64-json",
      forge({ r: 0, k: "1; DROP TABLE x", i: "a" }),
      forge({ r: 0, k: "1", i: "a' OR '1'='1" }),
      forge({ r: 12, k: "1", i: "a" }),
      forge({ r: 0, k: 1, i: "a" }),
      forge([1, 2, 3]),
      "x".repeat(500),
    ]) {
      expect(decodeCursor(value as string)).toBeNull();
    }
  });
});

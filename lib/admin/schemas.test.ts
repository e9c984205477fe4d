import { describe, expect, it } from "vitest";
import { mrpRateSchema } from "./schemas";

const messages = (input: unknown) => mrpRateSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("MRP form (issue 16, defect 9)", () => {
  it("answers '4,5' with our message key, never zod's 'expected number, received NaN'", () => {
    expect(messages({ year: "2027", valueKzt: "4,5" })).toEqual(["valueKzt: admin.validation.mrpWhole"]);
  });
  it("asks for a missing value and accepts digits with spaces", () => {
    expect(messages({ year: "2027", valueKzt: "" })).toEqual(["valueKzt: admin.validation.mrpRequired"]);
    expect(mrpRateSchema.parse({ year: "2027", valueKzt: "4 325" })).toEqual({ year: 2027, valueKzt: 4325 });
    expect(mrpRateSchema.parse({ year: 2027, valueKzt: 4325 })).toEqual({ year: 2027, valueKzt: 4325 });
  });
  it("keeps the range checks", () => {
    expect(messages({ year: "1999", valueKzt: "0" })).toEqual(["year: admin.validation.year", "valueKzt: admin.validation.mrpPositive"]);
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { answerFieldErrors } from "./answer-errors";

const schema = z.object({ plannedStayDays: z.int().positive(), visaExpiryDate: z.iso.date(), visaType: z.enum(["A", "B"]) });
const errorsFor = (raw: Record<string, unknown>) => answerFieldErrors(schema.safeParse(raw).error!, raw);

describe("answer error messages", () => {
  it("says a number of days must be more than 0 rather than 'Answer this question'", () => {
    expect(errorsFor({ plannedStayDays: -5, visaExpiryDate: "2027-01-15", visaType: "A" })).toEqual({
      plannedStayDays: "applications.validation.numberTooSmall",
    });
  });
  it("asks for an answer only when nothing was given", () => {
    expect(errorsFor({ visaExpiryDate: "2027-01-15" })).toEqual({
      plannedStayDays: "applications.validation.answerRequired",
      visaType: "applications.validation.answerRequired",
    });
  });
  it("says a date is not a real date", () => {
    expect(errorsFor({ plannedStayDays: 10, visaExpiryDate: "2027-02-31", visaType: "A" })).toEqual({
      visaExpiryDate: "applications.validation.realDate",
    });
  });
});

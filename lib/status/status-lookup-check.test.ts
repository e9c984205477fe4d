import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import { checkStatusLookup, type StatusLookupValues } from "./status-lookup-check";
import { statusLookupSchema } from "./status-schema";

// The browser's check must answer as the server's schema does: same messages at the same fields,
// same normalised values sent.

const INPUTS: StatusLookupValues[] = [
  { reference: "", passportNumber: "" },
  { reference: "EC-2026-000123", passportNumber: "N1234567" },
  { reference: "  ec-2026-000123 ", passportNumber: " n12 34 567 " },
  { reference: "EC-26-000123", passportNumber: "N1234567" },
  { reference: "EC-2026-0001234", passportNumber: "N1234567" },
  { reference: "EC-2026-000123", passportNumber: "N12" },
  { reference: "EC-2026-000123", passportNumber: "N".repeat(21) },
  { reference: "EC-2026-000123", passportNumber: "N-1234567" },
  { reference: "EC 2026 000123", passportNumber: "№1234567" },
];

function schemaAnswer(input: StatusLookupValues) {
  const parsed = statusLookupSchema.safeParse(input);
  return parsed.success ? { ok: true, values: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

describe("checkStatusLookup", () => {
  it.each(INPUTS)("answers as statusLookupSchema does for %j", (input) => {
    expect(checkStatusLookup(input)).toEqual(schemaAnswer(input));
  });

  it("sends the reference upper-cased and the passport number without spaces", () => {
    expect(checkStatusLookup({ reference: " ec-2026-000123", passportNumber: "ab 12 345" })).toEqual({
      ok: true,
      values: { reference: "EC-2026-000123", passportNumber: "AB12345" },
    });
  });
});

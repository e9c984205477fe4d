import { describe, expect, it } from "vitest";
import { allServices, getService, MRP_RATES_SEED } from "@/lib/catalog";
import type { QuestionField } from "@/lib/applications/question-fields";
import { fillDefaults, questionDefaults } from "@/lib/rules/answers";
import { checklist, checklistWithDefaults } from "@/lib/rules/checklist";
import { quote, quoteWithDefaults } from "@/lib/rules/quote";
import { calculatorModel } from "./calculator-model";

// The calculator island prices and lists documents from calculatorModel's plain data; these
// tests hold it to what quote() and checklist() answer from the full definition.

const MRP_RATES = [...MRP_RATES_SEED];

/** Every answer the calculator's fields can give, including ones a tariff may refuse. */
function everyAnswer(fields: readonly QuestionField[]): Record<string, unknown>[] {
  return fields.reduce<Record<string, unknown>[]>(
    (all, field) => {
      const values = field.type === "choice" ? field.options : field.type === "yesNo" ? [true, false] : [undefined];
      return all.flatMap((answers) => values.map((value) => ({ ...answers, [field.name]: value })));
    },
    [{}],
  );
}

function outcome(run: () => unknown) {
  try {
    return { value: run() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe("calculatorModel", () => {
  it("is plain data: it survives serialisation to the browser unchanged", () => {
    for (const service of allServices()) {
      const model = calculatorModel(service);
      expect(JSON.parse(JSON.stringify(model)), service.code).toEqual(model);
      expect(model.service, service.code).not.toHaveProperty("questions");
    }
  });

  it("prices and lists documents as quote() and checklist() do, for every answer of every service", () => {
    for (const service of allServices()) {
      const model = calculatorModel(service);
      for (const answers of everyAnswer(model.fields)) {
        const effective = fillDefaults(answers, model.defaults);
        for (const date of ["2025-06-01", "2026-06-01", "2027-06-01"]) {
          expect(
            outcome(() => quoteWithDefaults(model.service, effective, date, MRP_RATES)),
            `${service.code} ${date}`,
          ).toEqual(outcome(() => quote(service, answers, date, MRP_RATES)));
        }
        expect(checklistWithDefaults(model.service, effective), service.code).toEqual(checklist(service, answers));
      }
    }
  });

  it("starts the work visa at the cheapest band with the service's own defaults", () => {
    const model = calculatorModel(getService("WORK_VISA"));
    expect(model.initialAnswers).toMatchObject({ validityBand: "UP_TO_2_YEARS", feeOption: "STANDARD", principalIncluded: true });
    expect(model.defaults).toEqual({
      feeOption: "STANDARD",
      principalIncluded: true,
      familyMembersIncluded: false,
      viaRepresentative: false,
      companyIsBranch: false,
    });
  });
});

describe("questionDefaults and fillDefaults", () => {
  it("gives each question's default and leaves out required ones", () => {
    expect(questionDefaults(getService("TRP"))).not.toHaveProperty("trpRole");
    expect(questionDefaults(getService("TRP"))).toHaveProperty("viaRepresentative", false);
  });

  it("fills only missing answers, keeping given ones whether or not they are valid", () => {
    expect(fillDefaults({ a: 1, b: undefined, c: "x" }, { a: 2, b: 3, d: false })).toEqual({ a: 1, b: 3, c: "x", d: false });
  });
});

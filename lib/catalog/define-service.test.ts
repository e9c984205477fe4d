import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ALWAYS, FAMILY, REPRESENTATIVE } from "./conditions";
import { kzt, workingDays } from "./tariff-values";
import { defineService } from "./types";

// The catalog's compile-time guards. The @ts-expect-error lines are checked by `tsc` (npm run
// typecheck): if a guard stopped catching its mistake, the directive itself would be an error.

const questions = z.object({
  feeOption: z.enum(["STANDARD", "WALK_IN"]).default("STANDARD"),
  viaRepresentative: z.boolean().default(false),
});

const common = {
  code: "IIN",
  family: "OTHER",
  messages: {
    title: "services.IIN.title",
    summary: "services.IIN.summary",
    purpose: "services.IIN.purpose",
    whoFor: "services.IIN.whoFor",
  },
  visaCategory: null,
  location: "IN_KZ",
  personalPresence: true,
  embassyStep: null,
  questions,
  mayExtendBy30CalendarDays: false,
  qualificationCheckTakesTime: false,
  scanOriginalsForReview: false,
  ruleKeys: [],
  notes: [],
  source: "L570-587",
} as const;

const fees = { STANDARD: kzt(10_000), WALK_IN: kzt(20_000) };
const tariff = { by: null, row: { fees, stateDuty: null, processingTime: workingDays(1), source: "L583" } } as const;

export function typeLevelExamples() {
  const valid = defineService({
    ...common,
    documents: [{ code: "PASSPORT_COPY", kind: "UPLOAD", condition: REPRESENTATIVE, requirements: [], source: "L576" }],
    tariff,
  });

  const conditionOnMissingQuestion = defineService({
    ...common,
    documents: [
      {
        code: "PASSPORT_COPY",
        kind: "UPLOAD",
        // @ts-expect-error FAMILY reads familyMembersIncluded, which these questions do not have
        condition: FAMILY,
        requirements: [],
        source: "L576",
      },
    ],
    tariff,
  });

  const feeOptionMissingFromTariff = defineService({
    ...common,
    documents: [],
    // @ts-expect-error the questions offer WALK_IN but the tariff row has no WALK_IN fee
    tariff: { by: null, row: { fees: { STANDARD: kzt(10_000) }, stateDuty: null, processingTime: workingDays(1), source: "L583" } },
  });

  const feeOptionNotOffered = defineService({
    ...common,
    documents: [],
    tariff: {
      by: null,
      row: {
        // @ts-expect-error PERSONAL_MANAGER is not among the questions' fee options
        fees: { ...fees, PERSONAL_MANAGER: kzt(60_000) },
        stateDuty: null,
        processingTime: workingDays(1),
        source: "L583",
      },
    },
  });

  const bandsWithoutBandQuestion = defineService({
    ...common,
    documents: [],
    // @ts-expect-error these questions have no validityBand, so the tariff cannot be keyed by it
    tariff: { by: "validityBand", rows: { UP_TO_2_YEARS: tariff.row } },
  });

  const companyDocumentUnflagged = defineService({
    ...common,
    documents: [
      // @ts-expect-error the registration certificate must carry companyDocument: true
      { code: "COMPANY_REGISTRATION_CERTIFICATE", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L58" },
    ],
    tariff,
  });

  const unknownMessageKey = defineService({
    ...common,
    // @ts-expect-error a message key that messages/catalog/en.json does not have
    messages: { ...common.messages, title: "services.IIN.titel" },
    documents: [],
    tariff,
  });

  return [
    valid,
    conditionOnMissingQuestion,
    feeOptionMissingFromTariff,
    feeOptionNotOffered,
    bandsWithoutBandQuestion,
    companyDocumentUnflagged,
    unknownMessageKey,
  ];
}

describe("defineService", () => {
  it("returns the definition unchanged", () => {
    const [valid] = typeLevelExamples();
    expect(valid.code).toBe("IIN");
    expect(valid.documents[0].condition).toBe(REPRESENTATIVE);
  });
});

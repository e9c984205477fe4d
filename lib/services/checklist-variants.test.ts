import { describe, expect, it } from "vitest";
import { allServices, getService } from "@/lib/catalog";
import { checklist } from "@/lib/rules/checklist";
import { calculatorFields, initialCalculatorAnswers } from "./calculator-fields";
import { checklistEntryKey, checklistVariants } from "./checklist-variants";
import { documentOverview } from "./document-overview";

describe("calculator fields", () => {
  it("asks the work-visa invitation for the price options and the answers documents depend on", () => {
    expect(calculatorFields(getService("WORK_VISA_INVITATION")).map((f) => f.name)).toEqual([
      "validityBand",
      "feeOption",
      "principalIncluded",
      "familyMembersIncluded",
      "viaRepresentative",
      "companyIsBranch",
    ]);
  });

  it("skips questions that change neither price nor documents, and single-option choices", () => {
    expect(calculatorFields(getService("ARRIVAL_NOTIFICATION"))).toEqual([]);
    expect(calculatorFields(getService("TRP")).map((f) => f.name)).toEqual([
      "trpRole",
      "feeOption",
      "workBasis",
      "familyMembersIncluded",
      "viaRepresentative",
      "companyIsBranch",
    ]);
  });

  it("starts from answers that price every service", () => {
    for (const service of allServices()) {
      const answers = initialCalculatorAnswers(calculatorFields(service));
      expect(() => checklist(service, answers), service.code).not.toThrow();
    }
    expect(initialCalculatorAnswers(calculatorFields(getService("WORK_VISA_INVITATION")))).toEqual({
      validityBand: "UP_TO_2_YEARS",
      feeOption: "STANDARD",
      principalIncluded: true,
      familyMembersIncluded: false,
      viaRepresentative: false,
      companyIsBranch: false,
    });
  });
});

describe("checklist variants (pre-rendered descriptions for the live checklist)", () => {
  it("cover every entry checklist() returns for any calculator answers", () => {
    for (const service of allServices()) {
      const keys = new Set(checklistVariants(service).map(checklistEntryKey));
      const fields = calculatorFields(service);
      const base = initialCalculatorAnswers(fields);
      for (const field of fields) {
        const values = field.type === "choice" ? field.options : [true, false];
        for (const value of values) {
          const list = checklist(service, { ...base, [field.name]: value });
          for (const entry of [...list.upload, ...list.bring])
            expect(keys.has(checklistEntryKey(entry)), `${service.code} ${entry.code}`).toBe(true);
        }
      }
    }
  });

  it("include the family documents of the work-visa invitation", () => {
    const codes = checklistVariants(getService("WORK_VISA_INVITATION")).map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(["FAMILY_RELATIONSHIP_CERTIFICATES", "PRINCIPAL_WORK_VISA", "PERSONAL_DATA_CONSENT"]));
  });

  it("keep the TRP consent's two reasons apart (family or civil-law contract)", () => {
    const consent = checklistVariants(getService("TRP"))
      .filter((e) => e.code === "PERSONAL_DATA_CONSENT")
      .map((e) => e.reasonKeys);
    expect(consent).toEqual(
      expect.arrayContaining([["conditions.family"], ["conditions.civilLaw"], ["conditions.family", "conditions.civilLaw"]]),
    );
  });
});

describe("document overview", () => {
  it("lists every document of the service with its condition", () => {
    for (const service of allServices()) {
      const overview = documentOverview(service);
      // Uploaded documents handed in as originals too (6.P4) appear in both lists.
      const handIn = overview.upload.filter((e) => e.handInOriginal).length;
      expect(overview.upload.length + overview.bring.length - handIn, service.code).toBe(service.documents.length);
    }
    const family = documentOverview(getService("WORK_VISA_INVITATION")).bring.find((e) => e.code === "FAMILY_RELATIONSHIP_CERTIFICATES");
    expect(family).toMatchObject({ required: true, reasonKeys: ["conditions.family"], tags: ["FAMILY"] });
  });

  it("marks 'if any' documents as optional", () => {
    const permit = documentOverview(getService("TAX_RESIDENCY_CERTIFICATE")).upload.find((e) => e.code === "RESIDENCE_PERMIT_COPY");
    expect(permit).toMatchObject({ required: false, reasonKeys: ["conditions.taxForeignIndividual", "conditions.ifAny"] });
  });

  it("never lists an original twice (the bring list is keyed by code)", () => {
    for (const service of allServices()) {
      const bring = documentOverview(service).bring.map((e) => e.code);
      expect(new Set(bring).size, service.code).toBe(bring.length);
    }
  });
});

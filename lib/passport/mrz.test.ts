import { describe, expect, it } from "vitest";
import { buildTd3Lines, checkDigit } from "./mrz-build";
import { findTd3Lines, cleanMrzLine } from "./mrz-text";
import { mrzDate, readMrzLines } from "./mrz-result";
import { alpha2FromMrz } from "./country-codes";

// ICAO 9303 part 4's specimen (Anna Maria Eriksson of Utopia).
const SPECIMEN: [string, string] = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];

describe("check digits and line building", () => {
  it("computes ICAO 7-3-1 check digits", () => {
    expect(checkDigit("L898902C3")).toBe("6");
    expect(checkDigit("740812")).toBe("2");
    expect(checkDigit("120415")).toBe("9");
  });

  it("rebuilds the ICAO specimen exactly", () => {
    expect(
      buildTd3Lines({
        issuingState: "UTO",
        surname: "Eriksson",
        givenNames: "Anna Maria",
        documentNumber: "L898902C3",
        nationality: "UTO",
        birthDate: "1974-08-12",
        sex: "F",
        expiryDate: "2012-04-15",
        personalNumber: "ZE184226B",
      }),
    ).toEqual(SPECIMEN);
  });

  it("drops apostrophes and turns hyphens into one filler", () => {
    const [upper] = buildTd3Lines({
      issuingState: "IRL",
      surname: "O'Connor-Smith",
      givenNames: "Sean",
      documentNumber: "X1",
      nationality: "IRL",
      birthDate: "1990-01-01",
      sex: "M",
      expiryDate: "2030-01-01",
    });
    expect(upper.startsWith("P<IRLOCONNOR<SMITH<<SEAN<<")).toBe(true);
    expect(upper).toHaveLength(44);
  });
});

describe("finding the MRZ in OCR text", () => {
  it("takes the last pair of lines that form a TD3 zone, ignoring spaces and other text", () => {
    const text = `PASSPORT UTOPIA\nSurname ERIKSSON\n${SPECIMEN[0].slice(0, 20)} ${SPECIMEN[0].slice(20)}\n${SPECIMEN[1]}\n`;
    expect(findTd3Lines(text)).toEqual(SPECIMEN);
  });

  it("pads an upper line whose trailing fillers were lost, but never the lower line", () => {
    expect(findTd3Lines(`P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<\n${SPECIMEN[1]}`)).toEqual(SPECIMEN);
    expect(findTd3Lines(`${SPECIMEN[0]}\n${SPECIMEN[1].slice(0, 43)}`)).toBeNull();
  });

  it("finds nothing in a page without an MRZ", () => {
    expect(findTd3Lines("REPUBLIC OF KAZAKHSTAN\nCERTIFICATE OF STATE REGISTRATION\n")).toBeNull();
    expect(cleanMrzLine("p< uto «")).toBe("P<UTO<<");
  });
});

describe("reading the fields", () => {
  it("parses the specimen into register terms, with every check digit holding", () => {
    const result = readMrzLines(SPECIMEN, 2026)!;
    expect(result.fields).toMatchObject({
      surname: "ERIKSSON",
      givenNames: "ANNA MARIA",
      documentNumber: "L898902C3",
      nationality: "UTO",
      birthDate: "1974-08-12",
      sex: "F",
      expiryDate: "2012-04-15",
    });
    expect(result.valid).toBe(true);
  });

  it("corrects letters read for digits by field type, and reports a failed check digit", () => {
    const ocr: [string, string] = [SPECIMEN[0], "L898902C36UT07408122F1204159ZE184226B<<<<<1O"];
    expect(readMrzLines(ocr, 2026)!.valid).toBe(true);
    const wrongBirth: [string, string] = [SPECIMEN[0], SPECIMEN[1].replace("7408122", "7408132")];
    const result = readMrzLines(wrongBirth, 2026)!;
    expect(result.checks).toMatchObject({ birthDate: false, documentNumber: true, expiryDate: true });
    expect(result.valid).toBe(false);
  });

  it("puts two-digit years in the right century", () => {
    expect(mrzDate("740812", "birth", 2026)).toBe("1974-08-12");
    expect(mrzDate("150101", "birth", 2026)).toBe("2015-01-01");
    expect(mrzDate("310702", "expiry", 2026)).toBe("2031-07-02");
    expect(mrzDate("990230", "birth", 2026)).toBeNull();
  });

  it("maps MRZ nationalities to the register's alpha-2 codes", () => {
    expect(alpha2FromMrz("KAZ")).toBe("KZ");
    expect(alpha2FromMrz("D<<")).toBe("DE");
    expect(alpha2FromMrz("GBD")).toBe("GB");
    expect(alpha2FromMrz("XXA")).toBeNull();
  });
});

describe("repairing look-alike characters", () => {
  it("fixes digit fields for certain and alphanumeric ones only where the check digit decides", async () => {
    const { repairLowerLine, repairByCheckDigit } = await import("./mrz-repair");
    // Read from a generated scan: 2 read as Z in the passport number, its check digit 0 read as O.
    const repaired = repairLowerLine("53340137ZOGBR8504032M3201093<<<<<<<<<<<<<<<6");
    expect(repaired).toBe("5334013720GBR8504032M3201093<<<<<<<<<<<<<<<6");
    expect(
      readMrzLines(["P<GBRSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "53340137ZOGBR8504032M3201093<<<<<<<<<<<<<<<6"], 2026)!.valid,
    ).toBe(true);
    // A real letter stays a letter when the check digit already holds.
    expect(repairByCheckDigit("L898902C3", "6")).toBe("L898902C3");
  });
});

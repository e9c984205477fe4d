import { describe, expect, it } from "vitest";
import { comparePassport, nameTokens, type RegisterEntry } from "./compare";
import { buildTd3Lines, type Td3Data } from "./mrz-build";
import { readMrzLines } from "./mrz-result";

const DATA: Td3Data = {
  issuingState: "GBR",
  surname: "O'Connor-Smith",
  givenNames: "John Peter",
  documentNumber: "123456789",
  nationality: "GBR",
  birthDate: "1985-03-14",
  sex: "M",
  expiryDate: "2031-07-02",
};
const PERSON: RegisterEntry = {
  fullName: "John Peter O'Connor-Smith",
  citizenship: "GB",
  dateOfBirth: "1985-03-14",
  passportNumber: "123456789",
  passportExpiresOn: "2031-07-02",
  sex: "M",
};

const mrz = (data: Td3Data = DATA) => readMrzLines(buildTd3Lines(data), 2026)!;
const outcomes = (person: RegisterEntry, data?: Td3Data) =>
  Object.fromEntries(comparePassport(mrz(data), person).map((row) => [row.field, row.outcome]));

describe("comparing the MRZ with the register", () => {
  it("raises no mismatch when the data agree (names in either order, any case)", () => {
    expect(Object.values(outcomes(PERSON))).toEqual(Array(7).fill("match"));
    expect(Object.values(outcomes({ ...PERSON, fullName: "O'CONNOR-SMITH JOHN PETER" }))).toEqual(Array(7).fill("match"));
  });

  it("marks each field that differs, and only that one", () => {
    expect(outcomes({ ...PERSON, dateOfBirth: "1985-03-15" })).toMatchObject({
      birthDate: "mismatch",
      surname: "match",
      expiryDate: "match",
    });
    expect(outcomes({ ...PERSON, passportNumber: "123456780" }).documentNumber).toBe("mismatch");
    expect(outcomes({ ...PERSON, citizenship: "IE" }).nationality).toBe("mismatch");
    expect(outcomes({ ...PERSON, sex: "F" }).sex).toBe("mismatch");
    expect(outcomes({ ...PERSON, passportExpiresOn: "2031-07-03" }).expiryDate).toBe("mismatch");
    expect(outcomes({ ...PERSON, fullName: "John Paul O'Connor-Smith" })).toMatchObject({ surname: "match", givenNames: "mismatch" });
    expect(outcomes({ ...PERSON, fullName: "John Peter Connor" })).toMatchObject({ surname: "mismatch" });
  });

  it("says 'not recorded' where the register has no value, which is not a mismatch", () => {
    expect(outcomes({ ...PERSON, sex: null }).sex).toBe("notRecorded");
  });

  it("flags the field whose check digit failed, and does not call its difference a mismatch", () => {
    const lines = buildTd3Lines(DATA);
    const broken = readMrzLines([lines[0], lines[1].replace("8503149", "8503159")], 2026)!;
    const row = comparePassport(broken, PERSON).find((r) => r.field === "birthDate")!;
    expect(row.checkFailed).toBe(true);
    expect(row.outcome).toBe("uncertain");
    // Read right despite a misread check digit: still a match, still flagged.
    const misreadCheck = readMrzLines([lines[0], lines[1].replace("8503149", "8503148")], 2026)!;
    expect(comparePassport(misreadCheck, PERSON).find((r) => r.field === "birthDate")).toMatchObject({
      outcome: "match",
      checkFailed: true,
    });
  });

  it("reports a date that differs under a valid check digit as a mismatch (a register typo, or a forged zone)", () => {
    expect(comparePassport(mrz(), { ...PERSON, dateOfBirth: "1985-03-15" }).find((r) => r.field === "birthDate")).toMatchObject({
      outcome: "mismatch",
      checkFailed: false,
    });
  });

  it("calls a passport number that equals the register's up to OCR look-alikes uncertain, even when its check digit holds", () => {
    // S/8, G/6 and a pair of O/0 at weights 7 and 3 leave the check digit unchanged (bench/passport-accuracy.ts cases).
    for (const [printed, read] of [
      ["N50S7ZMYS", "N5087ZMY8"],
      ["80RMR6G08", "80RMR6608"],
      ["007EMUNW", "OO7EMUNW"],
      ["395DJKYUZ", "39SDJKYU2"],
    ]) {
      const data = { ...DATA, documentNumber: read };
      const reading = mrz(data);
      expect(reading.checks.documentNumber).toBe(true);
      expect(comparePassport(reading, { ...PERSON, passportNumber: printed }).find((r) => r.field === "documentNumber")!.outcome).toBe(
        "uncertain",
      );
    }
    // A number that really differs is a mismatch.
    expect(outcomes({ ...PERSON, passportNumber: "123456700" }).documentNumber).toBe("mismatch");
    expect(outcomes({ ...PERSON, passportNumber: "I23456789" }).documentNumber).toBe("uncertain");
  });

  it("calls a name one misread letter away uncertain, and a different name a mismatch", () => {
    const read = { ...DATA, surname: "Rossi", givenNames: "Nei" };
    expect(outcomes({ ...PERSON, fullName: "Wei Rossi" }, read)).toMatchObject({ surname: "match", givenNames: "uncertain" });
    const okonkno = { ...DATA, surname: "Okonkno", givenNames: "Ravi Kumar" };
    expect(outcomes({ ...PERSON, fullName: "Ravi Kumar Okonkwo" }, okonkno)).toMatchObject({ surname: "uncertain", givenNames: "match" });
    expect(outcomes({ ...PERSON, fullName: "Ravi Kumar Adeyemi" }, okonkno)).toMatchObject({ surname: "mismatch" });
    expect(outcomes({ ...PERSON, fullName: "Wei Rossi" }, { ...read, givenNames: "Li" })).toMatchObject({ givenNames: "mismatch" });
  });

  it("calls a nationality read as no known code, or one letter from the register's, uncertain", () => {
    expect(outcomes(PERSON, { ...DATA, nationality: "GBQ" }).nationality).toBe("uncertain");
    expect(outcomes({ ...PERSON, citizenship: "AT" }, { ...DATA, nationality: "AUS" }).nationality).toBe("uncertain");
    expect(outcomes({ ...PERSON, citizenship: "KZ" }).nationality).toBe("mismatch");
  });

  it("calls a sex character that is neither M, F nor the filler uncertain", () => {
    const lines = buildTd3Lines(DATA);
    const misread = readMrzLines([lines[0], `${lines[1].slice(0, 20)}H${lines[1].slice(21)}`], 2026)!;
    expect(comparePassport(misread, PERSON).find((r) => r.field === "sex")!.outcome).toBe("uncertain");
    expect(outcomes({ ...PERSON, sex: "F" }).sex).toBe("mismatch");
  });

  it("accepts a given name cut short by a full MRZ name field", () => {
    const long = { ...DATA, surname: "Wolfeschlegelsteinhausen", givenNames: "Hubert Blaine Maximilian" };
    const read = mrz(long);
    expect(read.lines[0].endsWith("<")).toBe(false);
    expect(outcomes({ ...PERSON, fullName: "Hubert Blaine Maximilian Wolfeschlegelsteinhausen" }, long).givenNames).toBe("match");
  });

  it("tokenises names as the MRZ writes them", () => {
    expect(nameTokens("Zoë d'Arc-Müller")).toEqual(["ZOE", "DARC", "MULLER"]);
  });
});

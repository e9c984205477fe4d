import { describe, expect, it } from "vitest";
import { comparePassport, nameTokens, type RegisterEntry } from "./compare";
import { buildTd3Lines, type Td3Data } from "./mrz-build";
import { readMrzLines } from "./mrz-result";

const DATA: Td3Data = { issuingState: "GBR", surname: "O'Connor-Smith", givenNames: "John Peter", documentNumber: "123456789", nationality: "GBR", birthDate: "1985-03-14", sex: "M", expiryDate: "2031-07-02" };
const PERSON: RegisterEntry = { fullName: "John Peter O'Connor-Smith", citizenship: "GB", dateOfBirth: "1985-03-14", passportNumber: "123456789", passportExpiresOn: "2031-07-02", sex: "M" };

const mrz = (data: Td3Data = DATA) => readMrzLines(buildTd3Lines(data), 2026)!;
const outcomes = (person: RegisterEntry, data?: Td3Data) => Object.fromEntries(comparePassport(mrz(data), person).map((row) => [row.field, row.outcome]));

describe("comparing the MRZ with the register", () => {
  it("raises no mismatch when the data agree (names in either order, any case)", () => {
    expect(Object.values(outcomes(PERSON))).toEqual(Array(7).fill("match"));
    expect(Object.values(outcomes({ ...PERSON, fullName: "O'CONNOR-SMITH JOHN PETER" }))).toEqual(Array(7).fill("match"));
  });

  it("marks each field that differs, and only that one", () => {
    expect(outcomes({ ...PERSON, dateOfBirth: "1985-03-15" })).toMatchObject({ birthDate: "mismatch", surname: "match", expiryDate: "match" });
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

  it("flags the field whose check digit failed", () => {
    const lines = buildTd3Lines(DATA);
    const broken = readMrzLines([lines[0], lines[1].replace("8503149", "8503159")], 2026)!;
    const row = comparePassport(broken, PERSON).find((r) => r.field === "birthDate")!;
    expect(row.checkFailed).toBe(true);
    expect(row.outcome).toBe("mismatch");
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

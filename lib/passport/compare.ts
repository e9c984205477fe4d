import { mrzCodesFor } from "./country-codes";
import { equalUpToLookAlikes, withinOneEdit } from "./look-alike";
import type { MrzResult } from "./mrz-result";

// The reviewer's comparison: each MRZ field beside the person's register entry. Pure, so the
// rules (how names are matched, what "not recorded" means) are unit-tested.
//
// A difference is reported as "differs" only when the reading can be trusted (docs/decisions/015):
// for the passport number and the dates, the field's own check digit holds (after the look-alike
// repair) and — for the alphanumeric number — the two values are not the same up to characters
// OCR confuses and the check digit cannot tell apart; for the names, nationality and sex, which
// carry no check digit, the difference is more than one misread character or look-alike. Anything
// else is "uncertain": could not be read reliably, compare with the scan by eye.

export type RegisterEntry = {
  fullName: string;
  citizenship: string;
  dateOfBirth: string;
  passportNumber: string;
  passportExpiresOn: string;
  sex: string | null;
};

export const COMPARED_FIELDS = ["surname", "givenNames", "documentNumber", "nationality", "birthDate", "sex", "expiryDate"] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export type ComparisonRow = {
  field: ComparedField;
  mrz: string;
  register: string | null;
  /**
   * "notRecorded": the register has no value to compare (e.g. sex on older entries);
   * "uncertain": the values differ but the reading cannot be trusted enough to say so.
   */
  outcome: "match" | "mismatch" | "uncertain" | "notRecorded";
  /** The MRZ check digit covering this field failed: the read value itself is doubtful. */
  checkFailed: boolean;
};

/** Name tokens as the MRZ writes them: Latin capitals, hyphens and spaces separate, apostrophes vanish. */
export function nameTokens(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/['’]/g, "")
    .split(/[^A-Z]+/)
    .filter(Boolean);
}

/** How well a read name word agrees with a register word: exactly, or within one misread character. */
type Agreement = "exact" | "near" | "none";

const tokenAgreement = (read: string, register: string): Agreement =>
  read === register ? "exact" : withinOneEdit(read, register) ? "near" : "none";

/** The worst agreement over a run of words (a run of different lengths does not agree). */
function runAgreement(read: string[], register: string[]): Agreement {
  if (read.length !== register.length || read.length === 0) return "none";
  let result: Agreement = "exact";
  for (const [i, token] of read.entries()) {
    const agreement = tokenAgreement(token, register[i]);
    if (agreement === "none") return "none";
    if (agreement === "near") result = "near";
  }
  return result;
}

/** Where the run `needle` sits in `haystack`: an exact place first, else one within misreads. */
function findRun(haystack: string[], needle: string[]): { at: number; agreement: Agreement } {
  let near = -1;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    const agreement = runAgreement(needle, haystack.slice(i, i + needle.length));
    if (agreement === "exact") return { at: i, agreement };
    if (agreement === "near" && near < 0) near = i;
  }
  return near >= 0 ? { at: near, agreement: "near" } : { at: -1, agreement: "none" };
}

/**
 * The register keeps one full name. The surname must appear in it as a run of words, and the
 * given names as a run in what is left; a word in the register that the MRZ does not have makes
 * the given names differ (a truncated MRZ name field is allowed to cut the last word short).
 */
function compareNames(fullName: string, surname: string, givenNames: string, truncated: boolean): { surname: Agreement; given: Agreement } {
  const tokens = nameTokens(fullName);
  const sur = nameTokens(surname);
  const given = nameTokens(givenNames);
  const found = sur.length ? findRun(tokens, sur) : { at: -1, agreement: "none" as const };
  const rest =
    found.at >= 0 ? [...tokens.slice(0, found.at), ...tokens.slice(found.at + sur.length)] : tokens.filter((t) => !sur.includes(t));
  let givenAgreement = runAgreement(given, rest);
  if (givenAgreement !== "exact" && truncated && given.length > 0 && rest.length >= given.length) {
    // The field ran out of room: what the MRZ has must be the start of the register's names.
    const cut = given.slice(0, -1).every((token, i) => token === rest[i]) && rest[given.length - 1].startsWith(given[given.length - 1]);
    if (cut) givenAgreement = "exact";
  }
  return { surname: found.agreement, given: givenAgreement };
}

const strip = (value: string) => value.replace(/[^A-Z0-9]/gi, "").toUpperCase();

const fromAgreement = (agreement: Agreement) => (agreement === "exact" ? "match" : agreement === "near" ? "uncertain" : "mismatch");

/** A nationality read as a valid code one character away from the register's (or as no known code) may be a misread. */
function nationalityAgreement(read: string, readAlpha2: string | null, registerAlpha2: string): Agreement {
  if (readAlpha2 === registerAlpha2.toUpperCase()) return "exact";
  if (readAlpha2 === null) return "near";
  return mrzCodesFor(registerAlpha2).some((code) => code.length === read.length && withinOneEdit(code, read)) ? "near" : "none";
}

export function comparePassport(mrz: MrzResult, person: RegisterEntry): ComparisonRow[] {
  const f = mrz.fields;
  const truncated = !mrz.lines[0].endsWith("<");
  const names = compareNames(person.fullName, f.surname, f.givenNames, truncated);
  const row = (
    field: ComparedField,
    mrzValue: string,
    register: string | null,
    outcome: "match" | "mismatch" | "uncertain",
    checkFailed = false,
  ): ComparisonRow => ({
    field,
    mrz: mrzValue,
    register,
    outcome: register === null || register === "" ? "notRecorded" : outcome,
    checkFailed,
  });
  /** A field with its own check digit: a difference counts only when that check digit holds. */
  const checked = (equal: boolean, checkHolds: boolean, lookAlike = false) =>
    equal ? "match" : !checkHolds || lookAlike ? "uncertain" : "mismatch";
  const number = strip(f.documentNumber);
  const registerNumber = strip(person.passportNumber);
  // The sex as printed: anything but M, F or the filler is a misread, not a statement.
  const sexPrinted = mrz.lines[1][20];
  const sexReadable = sexPrinted === "M" || sexPrinted === "F" || sexPrinted === "<";
  return [
    row("surname", f.surname, person.fullName, fromAgreement(names.surname)),
    row("givenNames", f.givenNames, person.fullName, fromAgreement(names.given)),
    row(
      "documentNumber",
      f.documentNumber,
      person.passportNumber,
      checked(number === registerNumber, mrz.checks.documentNumber, equalUpToLookAlikes(number, registerNumber)),
      !mrz.checks.documentNumber,
    ),
    row(
      "nationality",
      f.nationalityAlpha2 ?? f.nationality,
      person.citizenship,
      fromAgreement(nationalityAgreement(f.nationality, f.nationalityAlpha2, person.citizenship)),
    ),
    row(
      "birthDate",
      f.birthDate ?? "",
      person.dateOfBirth,
      checked(f.birthDate === person.dateOfBirth, mrz.checks.birthDate && f.birthDate !== null),
      !mrz.checks.birthDate,
    ),
    row("sex", f.sex, person.sex, f.sex === person.sex ? "match" : sexReadable ? "mismatch" : "uncertain"),
    row(
      "expiryDate",
      f.expiryDate ?? "",
      person.passportExpiresOn,
      checked(f.expiryDate === person.passportExpiresOn, mrz.checks.expiryDate && f.expiryDate !== null),
      !mrz.checks.expiryDate,
    ),
  ];
}

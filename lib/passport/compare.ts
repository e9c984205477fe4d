import type { MrzResult } from "./mrz-result";

// The reviewer's comparison: each MRZ field beside the person's register entry. Pure, so the
// rules (how names are matched, what "not recorded" means) are unit-tested.

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
  /** "notRecorded": the register has no value to compare (e.g. sex on older entries). */
  outcome: "match" | "mismatch" | "notRecorded";
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

function containsRun(haystack: string[], needle: string[]): number {
  if (!needle.length) return -1;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((token, j) => haystack[i + j] === token)) return i;
  }
  return -1;
}

/**
 * The register keeps one full name. The surname must appear in it as a run of words, and the
 * given names as a run in what is left; a word in the register that the MRZ does not have makes
 * the given names differ (a truncated MRZ name field is allowed to cut the last word short).
 */
function compareNames(fullName: string, surname: string, givenNames: string, truncated: boolean) {
  const tokens = nameTokens(fullName);
  const sur = nameTokens(surname);
  const given = nameTokens(givenNames);
  const at = containsRun(tokens, sur);
  const surnameMatches = at >= 0;
  const rest = surnameMatches ? [...tokens.slice(0, at), ...tokens.slice(at + sur.length)] : tokens.filter((t) => !sur.includes(t));
  let givenMatches = rest.length === given.length && given.every((token, i) => token === rest[i]);
  if (!givenMatches && truncated && given.length > 0 && rest.length >= given.length) {
    // The field ran out of room: what the MRZ has must be the start of the register's names.
    givenMatches = given.slice(0, -1).every((token, i) => token === rest[i]) && rest[given.length - 1].startsWith(given[given.length - 1]);
  }
  return { surnameMatches, givenMatches };
}

const strip = (value: string) => value.replace(/[^A-Z0-9]/gi, "").toUpperCase();

export function comparePassport(mrz: MrzResult, person: RegisterEntry): ComparisonRow[] {
  const f = mrz.fields;
  const truncated = !mrz.lines[0].endsWith("<");
  const names = compareNames(person.fullName, f.surname, f.givenNames, truncated);
  const row = (field: ComparedField, mrzValue: string, register: string | null, matches: boolean, checkFailed = false): ComparisonRow => ({
    field,
    mrz: mrzValue,
    register,
    outcome: register === null || register === "" ? "notRecorded" : matches ? "match" : "mismatch",
    checkFailed,
  });
  return [
    row("surname", f.surname, person.fullName, names.surnameMatches),
    row("givenNames", f.givenNames, person.fullName, names.givenMatches),
    row("documentNumber", f.documentNumber, person.passportNumber, strip(f.documentNumber) === strip(person.passportNumber), !mrz.checks.documentNumber),
    row("nationality", f.nationalityAlpha2 ?? f.nationality, person.citizenship, f.nationalityAlpha2 === person.citizenship.toUpperCase()),
    row("birthDate", f.birthDate ?? "", person.dateOfBirth, f.birthDate === person.dateOfBirth, !mrz.checks.birthDate),
    row("sex", f.sex, person.sex, f.sex === person.sex),
    row("expiryDate", f.expiryDate ?? "", person.passportExpiresOn, f.expiryDate === person.passportExpiresOn, !mrz.checks.expiryDate),
  ];
}

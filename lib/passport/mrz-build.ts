// Writes TD3 lines from data, with ICAO 9303 check digits (weights 7-3-1). Used to make the test
// scans of the accuracy bench and the end-to-end test, and by unit tests as known-good input.

const VALUE = (c: string) => (c === "<" ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);

export function checkDigit(text: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += VALUE(text[i]) * weights[i % 3];
  return String(sum % 10);
}

export type Td3Data = {
  issuingState: string;
  surname: string;
  givenNames: string;
  documentNumber: string;
  nationality: string;
  /** ISO dates. */
  birthDate: string;
  sex: "M" | "F" | "X";
  expiryDate: string;
  personalNumber?: string;
};

/** Latin capitals without diacritics (ICAO 9303 part 3 allows this transliteration: Ü → U). */
const latin = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
const field = (text: string, length: number) =>
  latin(text)
    .replace(/[^A-Z0-9]+/g, "<")
    .padEnd(length, "<")
    .slice(0, length);
const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);

export function buildTd3Lines(data: Td3Data): [string, string] {
  // ICAO 9303: apostrophes are dropped, other separators become one filler.
  const nameWords = (text: string) =>
    latin(text)
      .replace(/['’]/g, "")
      .replace(/[^A-Z]+/g, "<")
      .replace(/^<|<$/g, "");
  const name = `${nameWords(data.surname)}<<${nameWords(data.givenNames)}`;
  const upper = `P<${field(data.issuingState, 3)}${name.padEnd(39, "<").slice(0, 39)}`;
  const doc = field(data.documentNumber, 9);
  const birth = yymmdd(data.birthDate);
  const expiry = yymmdd(data.expiryDate);
  const personal = field(data.personalNumber ?? "", 14);
  const personalCheck = data.personalNumber ? checkDigit(personal) : "<";
  const lowerBody = `${doc}${checkDigit(doc)}${field(data.nationality, 3)}${birth}${checkDigit(birth)}${data.sex === "X" ? "<" : data.sex}${expiry}${checkDigit(expiry)}${personal}${personalCheck}`;
  const composite = checkDigit(
    `${doc}${checkDigit(doc)}${birth}${checkDigit(birth)}${expiry}${checkDigit(expiry)}${personal}${personalCheck}`,
  );
  return [upper, `${lowerBody}${composite}`];
}

// Kazakhstan BIN/IIN: 12 digits, the last one a check digit. The sum of the first 11 digits
// weighted 1..11 is taken mod 11; if that gives 10, the weights 3..11,1,2 are used instead;
// a second 10 means the number cannot be valid.
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedMod11(digits: number[], weights: number[]): number {
  return digits.reduce((sum, digit, i) => sum + digit * weights[i], 0) % 11;
}

/** The check digit for the first 11 digits, or null when no digit can make them valid. */
export function binCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = [...first11].map(Number);
  let check = weightedMod11(digits, FIRST_WEIGHTS);
  if (check === 10) check = weightedMod11(digits, SECOND_WEIGHTS);
  return check === 10 ? null : check;
}

export type BinProblem = "FORMAT" | "CHECK_DIGIT";

/** null when the BIN/IIN is valid, otherwise what is wrong with it. */
export function validateBin(value: string): BinProblem | null {
  if (!/^\d{12}$/.test(value)) return "FORMAT";
  return binCheckDigit(value.slice(0, 11)) === Number(value[11]) ? null : "CHECK_DIGIT";
}

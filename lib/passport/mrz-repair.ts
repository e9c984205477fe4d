import { checkDigit } from "./mrz-build";

// OCR confuses a few letters and digits in OCR-B (2/Z, 0/O, 8/B…). Where a field must be digits the
// fix is certain; in the alphanumeric document and personal numbers the field's own check digit
// decides: among the readings that only swap look-alike characters, the one with the fewest swaps
// that satisfies the check digit is taken, and only if no other reading with as few swaps does.
// Turning a letter into a digit counts as one swap, the reverse as two: document numbers are
// mostly digits, so a stray letter is the likelier misreading. At most MAX_SWAPS: every extra swap
// allowed makes it likelier that some wrong reading happens to satisfy the check digit, which would
// hide a misreading the failed check digit would otherwise have shown the reviewer.
const MAX_SWAPS = 2;

const TO_DIGIT: Record<string, string> = { O: "0", Q: "0", D: "0", U: "0", I: "1", L: "1", T: "7", Z: "2", S: "5", B: "8", G: "6", A: "4" };
const TO_LETTER: Record<string, string> = { "0": "O", "1": "I", "2": "Z", "5": "S", "8": "B", "6": "G", "4": "A", "7": "T" };

const digitsOnly = (text: string) => text.replace(/[A-Z]/g, (c) => TO_DIGIT[c] ?? c);

/** The check digit position itself is always a digit (or "<" for an empty optional field). */
function checkChar(c: string): string {
  return c === "<" ? c : (TO_DIGIT[c] ?? c);
}

/** Swaps look-alikes in `field` until `check` holds; returns the field unchanged when none or several fit. */
export function repairByCheckDigit(field: string, check: string): string {
  if (checkDigit(field) === check) return field;
  const positions = [...field]
    .map((c, i) => (TO_DIGIT[c] || TO_LETTER[c] ? i : -1))
    .filter((i) => i >= 0)
    .slice(0, 10);
  let best: { text: string; swaps: number } | null = null;
  let tie = false;
  for (let mask = 1; mask < 1 << positions.length; mask++) {
    const chars = [...field];
    let swaps = 0;
    positions.forEach((position, bit) => {
      if (mask & (1 << bit)) {
        const c = chars[position];
        chars[position] = TO_DIGIT[c] ?? TO_LETTER[c];
        swaps += TO_DIGIT[c] ? 1 : 2;
      }
    });
    const text = chars.join("");
    if (swaps > MAX_SWAPS || checkDigit(text) !== check) continue;
    if (!best || swaps < best.swaps) [best, tie] = [{ text, swaps }, false];
    else if (swaps === best.swaps) tie = true;
  }
  return best && !tie ? best.text : field;
}

/** The lower TD3 line with certain fixes made (digit fields) and check-digit-guided ones. */
export function repairLowerLine(line: string): string {
  if (line.length !== 44) return line;
  const docCheck = checkChar(line[9]);
  const document = repairByCheckDigit(line.slice(0, 9), docCheck);
  const birth = digitsOnly(line.slice(13, 19));
  const expiry = digitsOnly(line.slice(21, 27));
  const personalCheck = checkChar(line[42]);
  const personal = personalCheck === "<" ? line.slice(28, 42) : repairByCheckDigit(line.slice(28, 42), personalCheck);
  return `${document}${docCheck}${line.slice(10, 13)}${birth}${checkChar(line[19])}${line[20]}${expiry}${checkChar(line[27])}${personal}${personalCheck}${checkChar(line[43])}`;
}

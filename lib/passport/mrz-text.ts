// Finds a passport's machine-readable zone (ICAO 9303 TD3: two lines of 44 characters) in text
// an OCR engine returned for a scan. Pure: no OCR here, so the rules are unit-tested on strings.

export const TD3_LENGTH = 44;

/** OCR output for one line, reduced to the MRZ alphabet (A-Z, 0-9 and the filler "<"). */
export function cleanMrzLine(text: string): string {
  return text
    .toUpperCase()
    .replace(/[«‹]/g, "<<")
    .replace(/\s+/g, "")
    .replace(/[^A-Z0-9<]/g, "");
}

/**
 * The upper line may lose trailing fillers (an empty run of "<" is easy to miss) and is padded;
 * the lower line must be exact, since every position in it carries data or a check digit.
 */
function fitUpper(line: string): string | null {
  if (line.length > TD3_LENGTH) {
    const extra = line.slice(TD3_LENGTH);
    return /^<*$/.test(extra) ? line.slice(0, TD3_LENGTH) : null;
  }
  return line.length >= 30 ? line.padEnd(TD3_LENGTH, "<") : null;
}

function looksLikeLower(line: string): boolean {
  // Birth date (13-18) and expiry (21-26) are digits, or letters OCR confuses with digits.
  return line.length === TD3_LENGTH && /^[0-9OIBSZDQLG]{6}$/.test(line.slice(13, 19)) && /^[0-9OIBSZDQLG]{6}$/.test(line.slice(21, 27));
}

/** The two TD3 lines, or null when the text holds no passport MRZ. */
export function findTd3Lines(ocrText: string): [string, string] | null {
  const lines = ocrText
    .split(/\r?\n/)
    .map(cleanMrzLine)
    .filter((line) => line.length >= 30);
  for (let i = lines.length - 1; i > 0; i--) {
    const lower = lines[i];
    const upper = fitUpper(lines[i - 1]);
    if (upper && /^P[A-Z<]/.test(upper) && looksLikeLower(lower)) return [upper, lower];
  }
  return null;
}

// What an OCR reading of the MRZ (OCR-B) cannot tell apart, and so must not call a difference
// (docs/decisions/015). The MRZ check digit weighs a letter as 10 + its place in the alphabet, so
// some confusions are invisible to it: G (16) and 6, S (28) and 8, Z (35) and 5, O (24) and 4 leave
// the check digit unchanged, and two O/0 swaps at weights 7 and 3 cancel out. A read value that
// equals the register's up to such look-alikes is "could not be read reliably", never "differs".

const CLASSES = ["0OQDU", "1IL", "7TY", "2Z", "5S8B", "6G", "4A", "HMNW"];
const CLASS_OF = new Map<string, string>();
for (const members of CLASSES) for (const c of members) CLASS_OF.set(c, members[0]);

/** The text with every character replaced by its look-alike class (upper case, fillers dropped). */
export function lookAlikeKey(text: string): string {
  return [...text.toUpperCase().replace(/[^A-Z0-9]/g, "")].map((c) => CLASS_OF.get(c) ?? c).join("");
}

/** Equal once OCR look-alikes are taken as the same character. */
export function equalUpToLookAlikes(a: string, b: string): boolean {
  return lookAlikeKey(a) === lookAlikeKey(b);
}

/** At most one character inserted, removed or replaced (a single misread letter in a name). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

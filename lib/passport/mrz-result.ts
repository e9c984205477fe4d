import { parse } from "mrz";
import { alpha2FromMrz } from "./country-codes";
import { repairLowerLine } from "./mrz-repair";

// What the reader keeps from a passport's MRZ (stored as PassportScan.result): the lines as read,
// the fields in the register's terms (ISO dates, alpha-2 nationality) and which check digits held.

export type MrzFields = {
  surname: string;
  givenNames: string;
  documentNumber: string;
  /** As printed (alpha-3 or ICAO code). */
  nationality: string;
  /** The register's alpha-2 code, or null when the MRZ code has none (stateless, UN…). */
  nationalityAlpha2: string | null;
  issuingState: string;
  birthDate: string | null;
  sex: "M" | "F" | "X";
  expiryDate: string | null;
};

export type MrzChecks = { documentNumber: boolean; birthDate: boolean; expiryDate: boolean; composite: boolean };

export type MrzResult = { format: "TD3"; lines: [string, string]; fields: MrzFields; checks: MrzChecks; valid: boolean };

type Detail = { field: string | null; value: string | null; valid: boolean; ranges: { raw: string }[] };

function raw(details: Detail[], field: string): string {
  return details.find((d) => d.field === field)?.ranges[0]?.raw ?? "";
}

function checkHolds(details: Detail[], field: string): boolean {
  return details.find((d) => d.field === field)?.valid === true;
}

/** YYMMDD → ISO. Birth dates are never in the future; expiry dates are this century unless absurd. */
export function mrzDate(yymmdd: string, kind: "birth" | "expiry", currentYear: number): string | null {
  if (!/^\d{6}$/.test(yymmdd)) return null;
  const yy = Number(yymmdd.slice(0, 2));
  const [mm, dd] = [Number(yymmdd.slice(2, 4)), Number(yymmdd.slice(4, 6))];
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  let year = 2000 + yy;
  if (kind === "birth" && year > currentYear) year -= 100;
  if (kind === "expiry" && year > currentYear + 50) year -= 100;
  const iso = `${year}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
  // 31 February and the like.
  return new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso ? iso : null;
}

function names(nameField: string): { surname: string; givenNames: string } {
  const [surname = "", ...rest] = nameField.replace(/<+$/, "").split("<<");
  return { surname: surname.replace(/</g, " ").trim(), givenNames: rest.join(" ").replace(/</g, " ").replace(/\s+/g, " ").trim() };
}

/** The name field with digits OCR put in place of letters turned back into letters. */
function nameField(details: Detail[]): string {
  return raw(details, "lastName").replace(/0/g, "O").replace(/1/g, "I").replace(/5/g, "S").replace(/8/g, "B").replace(/2/g, "Z");
}

/** Parses two TD3 lines (letters and digits OCR confuses are corrected by field type). */
export function readMrzLines(read: [string, string], currentYear: number): MrzResult | null {
  const lines: [string, string] = [read[0], repairLowerLine(read[1])];
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse([...lines], { autocorrect: true });
  } catch {
    return null;
  }
  if (parsed.format !== "TD3") return null;
  const details = parsed.details as unknown as Detail[];
  // The corrected lines, rebuilt from the raw ranges the parser kept.
  const upper = lines[0];
  const lower = lines[1];
  const sexRaw = raw(details, "sex");
  const nationality = raw(details, "nationality").replace(/</g, "");
  const fields: MrzFields = {
    ...names(nameField(details) || upper.slice(5)),
    documentNumber: raw(details, "documentNumber").replace(/</g, ""),
    nationality,
    nationalityAlpha2: alpha2FromMrz(nationality),
    issuingState: raw(details, "issuingState").replace(/</g, ""),
    birthDate: mrzDate(raw(details, "birthDate"), "birth", currentYear),
    sex: sexRaw === "M" || sexRaw === "F" ? sexRaw : "X",
    expiryDate: mrzDate(raw(details, "expirationDate"), "expiry", currentYear),
  };
  const checks: MrzChecks = {
    documentNumber: checkHolds(details, "documentNumberCheckDigit"),
    birthDate: checkHolds(details, "birthDateCheckDigit"),
    expiryDate: checkHolds(details, "expirationDateCheckDigit"),
    composite: checkHolds(details, "compositeCheckDigit"),
  };
  return { format: "TD3", lines: [upper, lower], fields, checks, valid: Object.values(checks).every(Boolean) };
}

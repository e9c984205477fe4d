// Allowed uploads are decided by the file's first bytes, never by its name or the browser's
// Content-Type (OWASP File Upload Cheat Sheet); the extension must then agree with the content.
export type AllowedMimeType = "application/pdf" | "image/jpeg" | "image/png";

const SIGNATURES: { mime: AllowedMimeType; bytes: number[]; extensions: string[] }[] = [
  { mime: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], extensions: ["pdf"] }, // %PDF-
  { mime: "image/jpeg", bytes: [0xff, 0xd8, 0xff], extensions: ["jpg", "jpeg"] },
  { mime: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extensions: ["png"] },
];

export const SNIFF_BYTES = 8;

export function sniffFileType(head: Uint8Array): AllowedMimeType | null {
  const match = SIGNATURES.find((s) => s.bytes.every((byte, i) => head[i] === byte));
  return match?.mime ?? null;
}

export function extensionMatches(fileName: string, mime: AllowedMimeType): boolean {
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  return SIGNATURES.find((s) => s.mime === mime)!.extensions.includes(extension);
}

// Characters that change how a name displays without being visible: bidi embeddings, overrides
// and isolates (U+202E made "passport\u202Egpj.pdf" show as "passportfdp.jpg"), zero-width and
// other format characters, line/paragraph separators, and every C0/C1 control.
const INVISIBLE_OR_CONTROL =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb]/gu;

/**
 * A file name safe to show and to put in Content-Disposition: Unicode NFC (one spelling per
 * name), no invisible or control characters, no quotes, no path, at most 200 characters.
 */
export function cleanFileName(name: string): string {
  const normalised = name.normalize("NFC").replace(INVISIBLE_OR_CONTROL, "");
  const base = normalised.split(/[\\/]/).pop() ?? "file";
  // Lone surrogates (from a malformed encoding) are dropped rather than stored.
  const cleaned = base
    .replace(/["<>]/g, "")
    .replace(/[\ud800-\udfff]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
  return [...cleaned].slice(0, 200).join("") || "file";
}

/** The name from an upload's X-File-Name header (percent-encoded UTF-8), or null if malformed. */
export function parseFileNameHeader(value: string | null): string | null {
  if (value === null) return "file";
  if (value.length > 2000) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  if (!decoded.isWellFormed()) return null;
  return cleanFileName(decoded);
}

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

/** A file name safe to show and to put in Content-Disposition (no paths, no control characters). */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "file";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(0, 200);
  return cleaned || "file";
}

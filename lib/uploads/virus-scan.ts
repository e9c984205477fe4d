import { UploadError } from "./upload-error";

export type ScanTarget = { storageKey: string; sha256: string; mimeType: string };
export type VirusScanner = (file: ScanTarget) => Promise<"clean" | "infected">;

// No scanner is bundled: deployments plug one in (e.g. a ClamAV daemon) with setVirusScanner().
// The hook fails closed: a scanner that errors refuses the file.
let scanner: VirusScanner | null = null;

export function setVirusScanner(next: VirusScanner | null): void {
  scanner = next;
}

export async function scanForViruses(file: ScanTarget): Promise<void> {
  if (!scanner) return;
  let verdict: "clean" | "infected";
  try {
    verdict = await scanner(file);
  } catch {
    throw new UploadError("SCAN_FAILED");
  }
  if (verdict !== "clean") throw new UploadError("INFECTED");
}

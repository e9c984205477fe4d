import { renderPassportPage } from "../../tests/support/passport-page";
import type { HttpSession } from "./http-session";

// Issue 18 in the scale-out topology: an applicant uploads a passport data page through nginx (to
// whichever web instance), and the separate worker's passport reader (its child process, from the
// bundle) reads the MRZ; the web instances run no reader (WORKER=0). The applicant's page polls the
// result the same way.

export type PassportReadResult = {
  uploadStatus: number;
  status: string;
  documentNumber: string | null;
  birthDate: string | null;
  waitedMs: number;
};

export async function runPassportRead(session: HttpSession, timeoutMs = 120_000): Promise<PassportReadResult> {
  const data = {
    issuingState: "GBR",
    nationality: "GBR",
    surname: "Scale",
    givenNames: "Test Reader",
    documentNumber: "SR1234567",
    birthDate: "1984-06-15",
    sex: "F" as const,
    expiryDate: "2033-02-28",
  };
  const upload = await session.fetch("/api/passport-scans", {
    method: "POST",
    body: new Uint8Array(renderPassportPage(data, { dpi: 300, rotateDegrees: 1 })),
    headers: { "Content-Type": "image/jpeg", "X-File-Name": "passport.jpg", Origin: session.base },
  });
  const started = Date.now();
  const body = (await upload.json().catch(() => ({}))) as { file?: { id: string } | null };
  if (!upload.ok || !body.file)
    return { uploadStatus: upload.status, status: "UPLOAD_FAILED", documentNumber: null, birthDate: null, waitedMs: 0 };
  for (;;) {
    const view = (await (await session.fetch(`/api/passport-scans/${body.file.id}`)).json()) as {
      status: string;
      fields?: { documentNumber: string; birthDate: string | null };
    };
    if (view.status !== "PENDING" || Date.now() - started > timeoutMs) {
      return {
        uploadStatus: upload.status,
        status: view.status,
        documentNumber: view.fields?.documentNumber ?? null,
        birthDate: view.fields?.birthDate ?? null,
        waitedMs: Date.now() - started,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

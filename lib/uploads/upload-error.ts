import { AppError } from "@/lib/kernel/errors";

export type UploadErrorCode = "TOO_LARGE" | "EMPTY" | "TYPE_NOT_ALLOWED" | "EXTENSION_MISMATCH" | "INFECTED" | "SCAN_FAILED" | "TOO_SLOW";

/** Why an upload was refused; each code has a message under applications.upload.errors. */
export class UploadError extends AppError<UploadErrorCode> {
  constructor(code: UploadErrorCode) {
    super(code === "SCAN_FAILED" ? "UNAVAILABLE" : "INVALID_INPUT", code);
    this.name = "UploadError";
  }
}

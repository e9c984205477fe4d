import { AppError } from "@/lib/kernel/errors";

export const UPLOAD_ERROR_CODES = [
  "TOO_LARGE",
  "EMPTY",
  "TYPE_NOT_ALLOWED",
  "EXTENSION_MISMATCH",
  "INFECTED",
  "SCAN_FAILED",
  "TOO_SLOW",
] as const;
export type UploadErrorCode = (typeof UPLOAD_ERROR_CODES)[number];

/** Why an upload was refused; each code has a message under applications.upload.errors. */
export class UploadError extends AppError<UploadErrorCode> {
  constructor(code: UploadErrorCode) {
    super(code === "SCAN_FAILED" ? "UNAVAILABLE" : "INVALID_INPUT", code);
    this.name = "UploadError";
  }
}

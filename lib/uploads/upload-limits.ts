// Upload quotas and transfer-rate limits (ASVS 5.2.x): without them one signed-in user could fill
// the disk (20 × 1 MB into one slot took under a second) or hold a connection for minutes with a
// trickle of bytes (48 bytes over 120 s was accepted). Each is configurable by the environment
// (README); the defaults are generous for real documents.

import { AppError } from "@/lib/kernel/errors";

function positiveInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const MB = 1024 * 1024;

export function uploadLimits() {
  return {
    /** Current (not replaced) files in one document slot of an application. */
    filesPerSlot: positiveInt("UPLOAD_MAX_FILES_PER_SLOT", 10),
    /** Stored versions of one company-vault document (per language); old ones can be deleted. */
    versionsPerVaultDocument: positiveInt("UPLOAD_MAX_VAULT_VERSIONS", 20),
    /** Receipts for one invoice. */
    receiptsPerInvoice: positiveInt("UPLOAD_MAX_RECEIPTS_PER_INVOICE", 10),
    /** Stored bytes uploaded into one application (documents and receipts; vault files not counted). */
    bytesPerApplication: positiveInt("UPLOAD_MAX_MB_PER_APPLICATION", 200) * MB,
    /** Stored bytes of one company altogether (applications, receipts and vault). */
    bytesPerCompany: positiveInt("UPLOAD_MAX_MB_PER_COMPANY", 5 * 1024) * MB,
    /** Below this average rate (after the grace period) an upload is cut off. */
    minBytesPerSecond: positiveInt("UPLOAD_MIN_BYTES_PER_SECOND", 16 * 1024),
    graceSeconds: positiveInt("UPLOAD_RATE_GRACE_SECONDS", 10),
    /** No upload may take longer than this, whatever its rate. */
    timeoutSeconds: positiveInt("UPLOAD_TIMEOUT_SECONDS", 300),
  };
}

/** Each has a message under applications.upload.errors, like the UploadError codes. */
export const QUOTA_CODES = ["QUOTA_FILES", "QUOTA_VERSIONS", "QUOTA_RECEIPTS", "QUOTA_APPLICATION_BYTES", "QUOTA_COMPANY_BYTES"] as const;
export type QuotaCode = (typeof QUOTA_CODES)[number];

/** Thrown inside a recording transaction when the upload would exceed a quota (the transaction rolls back). */
export class UploadQuotaError extends AppError<QuotaCode> {
  constructor(code: QuotaCode) {
    super("LIMIT_REACHED", code);
    this.name = "UploadQuotaError";
  }
}

/**
 * Is the transfer too slow? After `graceSeconds`, the average rate must stay at or above
 * `minBytesPerSecond`; after `timeoutSeconds`, it is over whatever the rate.
 */
export function isTransferTooSlow(
  bytes: number,
  elapsedMs: number,
  limits: { minBytesPerSecond: number; graceSeconds: number; timeoutSeconds: number },
): boolean {
  const seconds = elapsedMs / 1000;
  if (seconds >= limits.timeoutSeconds) return true;
  return seconds >= limits.graceSeconds && bytes / seconds < limits.minBytesPerSecond;
}

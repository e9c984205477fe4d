import { findReferencedStorageKeys } from "@/lib/uploads/data/stored-file-references";
import { errorText, logEvent } from "@/lib/log/log-event";
import { storage } from "@/lib/storage";

/**
 * Removes the bytes of an upload whose recording failed (issue 20: they were kept, a passport scan
 * no deletion flow could reach). Only when the database confirms nothing points at the key: a
 * failure can be ambiguous (the commit went through, the reply was lost), and deleting the bytes
 * of a recorded file would be worse than keeping an orphan. If the database cannot say, the
 * bytes stay for the storage sweep, which makes the same check later.
 */
export async function discardStoredUpload(storageKey: string, reason: unknown): Promise<void> {
  try {
    if ((await findReferencedStorageKeys([storageKey])).has(storageKey)) return;
    await storage().delete(storageKey);
    logEvent("info", "upload.discarded", { storageKey, reason: errorText(reason, 200) });
  } catch (error) {
    logEvent("warn", "upload.discard_deferred", { storageKey, reason: errorText(reason, 200), error: errorText(error, 200) });
  }
}

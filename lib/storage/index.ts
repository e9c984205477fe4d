import path from "node:path";
import { LocalDiskStorage } from "./local-disk-storage";
import { s3ConfigFromEnv } from "./s3-config";
import { S3Storage } from "./s3-storage";
import type { StorageDriver } from "./storage-driver";

export { StoredObjectMissingError, type IncompleteUpload, type StorageDriver, type StoredObject } from "./storage-driver";

let driver: StorageDriver | undefined;

/** The driver STORAGE_DRIVER names: `local` (default; UPLOADS_DIR, default .data/uploads) or `s3`. */
export function storageFromEnv(env: Record<string, string | undefined> = process.env): StorageDriver {
  if (env.STORAGE_DRIVER === "s3") return new S3Storage(s3ConfigFromEnv(env));
  // turbopackIgnore: a run-time folder, not a source file (else the standalone output traces the whole project).
  return new LocalDiskStorage(path.resolve(/* turbopackIgnore: true */ env.UPLOADS_DIR ?? path.join(".data", "uploads")));
}

/** The configured storage, created once per process. */
export function storage(): StorageDriver {
  driver ??= storageFromEnv();
  return driver;
}

/** Replaces the driver (tests and the fault suite inject failures such as a full disk here). */
export function setStorageDriver(next: StorageDriver | undefined): void {
  driver = next;
}

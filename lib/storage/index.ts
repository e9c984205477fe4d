import path from "node:path";
import { LocalDiskStorage } from "./local-disk-storage";
import type { StorageDriver } from "./storage-driver";

export { StoredObjectMissingError, type IncompleteUpload, type StorageDriver, type StoredObject } from "./storage-driver";

let driver: StorageDriver | undefined;

/** The configured storage: local disk under UPLOADS_DIR (default .data/uploads). */
export function storage(): StorageDriver {
  driver ??= new LocalDiskStorage(path.resolve(process.env.UPLOADS_DIR ?? path.join(".data", "uploads")));
  return driver;
}

/** Replaces the driver (tests and the fault suite inject failures such as a full disk here). */
export function setStorageDriver(next: StorageDriver | undefined): void {
  driver = next;
}

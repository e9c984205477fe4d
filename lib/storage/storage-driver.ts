import { AppError } from "@/lib/kernel/errors";
import type { Readable } from "node:stream";

/** A complete stored object, as the orphan sweep sees it. */
export type StoredObject = { key: string; modifiedAt: Date; sizeBytes: number };

/** An upload that was started and never completed: a `.partial` file, an S3 multipart upload. */
export type IncompleteUpload = { id: string; key: string; startedAt: Date };

/** `get` of a key whose bytes are gone (deleted by hand, lost with a disk): the caller answers 410. */
export class StoredObjectMissingError extends AppError<"STORED_OBJECT_MISSING"> {
  constructor(public readonly key: string) {
    super("NOT_FOUND", "STORED_OBJECT_MISSING", `Stored object ${key} is missing`);
    this.name = "StoredObjectMissingError";
  }
}

/**
 * Where uploaded files live. Keys are random and opaque; nothing is ever served straight from
 * storage: downloads go through an authorizing route handler. Local disk by default; an
 * S3-compatible driver implements the same calls for a multi-instance deployment:
 * put → PutObject or a multipart upload, get → GetObject (NoSuchKey → StoredObjectMissingError),
 * delete → DeleteObject, list → ListObjectsV2, listIncomplete → ListMultipartUploads,
 * abortIncomplete → AbortMultipartUpload. The last three serve the orphan sweep
 * (lib/uploads/sweep-storage.ts), which decides what to remove; drivers only report and remove.
 */
export interface StorageDriver {
  /** Writes the stream under `key`; rejects (and leaves nothing behind) if the stream errors. */
  put(key: string, body: Readable): Promise<void>;
  /** The object's bytes; rejects with StoredObjectMissingError when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes the object; a key that is already gone is not an error. */
  delete(key: string): Promise<void>;
  /** Whether the store can be written now (readiness probe); rejects otherwise. */
  check(): Promise<void>;
  /** Every complete object, in no particular order. */
  list(): AsyncIterable<StoredObject>;
  /** Uploads that were started and never completed (crash or kill mid-upload). */
  listIncomplete(): AsyncIterable<IncompleteUpload>;
  abortIncomplete(upload: IncompleteUpload): Promise<void>;
}

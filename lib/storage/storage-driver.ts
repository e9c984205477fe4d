import type { Readable } from "node:stream";

/**
 * Where uploaded files live. Keys are random and opaque; nothing is ever served straight from
 * storage: downloads go through an authorizing route handler. Local disk by default; an
 * S3-compatible driver can implement the same three calls for a multi-instance deployment.
 */
export interface StorageDriver {
  /** Writes the stream under `key`; rejects (and leaves nothing behind) if the stream errors. */
  put(key: string, body: Readable): Promise<void>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
  /** Whether the store can be written now (readiness probe); rejects otherwise. */
  check(): Promise<void>;
}

import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type ServerSideEncryption,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { StoredObjectMissingError, type IncompleteUpload, type StorageDriver, type StoredObject } from "./storage-driver";

/** The same shape of key the local-disk driver accepts: we generate them, never a user. */
const SAFE_KEY = /^[a-z0-9][a-z0-9/-]{10,200}$/;
/** S3's smallest part; a file under it is sent in one PutObject, larger ones as a multipart upload. */
const PART_BYTES = 5 * 1024 * 1024;

export type S3StorageConfig = {
  bucket: string;
  region: string;
  /** For MinIO and other S3-compatible services; unset means AWS itself. */
  endpoint?: string;
  /** `http://host/bucket/key` addressing (MinIO, most on-premises servers) instead of `bucket.host`. */
  forcePathStyle: boolean;
  /** Unset: the SDK's own chain (instance role, AWS_* variables, ~/.aws). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Server-side encryption asked for on every write; undefined sends no header (a server without it). */
  serverSideEncryption?: ServerSideEncryption;
  /** Parts held in memory at once per upload (each PART_BYTES): the upload's memory bound. */
  queueSize?: number;
};

const isMissing = (error: unknown) => {
  const name = (error as { name?: string })?.name;
  return (
    name === "NoSuchKey" || name === "NotFound" || (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 404
  );
};

/**
 * Files as objects in an S3-compatible bucket (AWS, MinIO, the providers in Kazakhstan), so that
 * every web instance reads what any other wrote. Bodies stream through `Upload` from
 * lib-storage, which holds at most `queueSize` parts in memory and aborts the multipart upload
 * when the source stream fails (a refused or cut-off file leaves no object). Checksums are only
 * computed where S3 requires them: a streamed PutObject with the SDK's default checksum fails
 * against S3-compatible servers, and receiveUpload computes its own sha256 anyway.
 */
export class S3Storage implements StorageDriver {
  private readonly client: S3Client;

  constructor(private readonly config: S3StorageConfig) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      // A hung storage server must not hold a request (or the readiness probe) forever.
      requestHandler: { connectionTimeout: 5000, requestTimeout: 60_000 },
    });
  }

  private checked(key: string): string {
    if (!SAFE_KEY.test(key) || key.includes("..")) throw new Error("Invalid storage key");
    return key;
  }

  async put(key: string, body: Readable): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.config.bucket, Key: this.checked(key), Body: body, ServerSideEncryption: this.config.serverSideEncryption },
      partSize: PART_BYTES,
      queueSize: this.config.queueSize ?? 1,
      leavePartsOnError: false,
    });
    // lib-storage stops reading when a part fails but does not destroy the source: do it, so the
    // request body (and the pipeline feeding it) is released at once.
    try {
      await upload.done();
    } catch (error) {
      body.destroy();
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.checked(key) }));
      return result.Body as Readable;
    } catch (error) {
      if (isMissing(error)) throw new StoredObjectMissingError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 for a key that is not there: deleting twice is fine.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.checked(key) }));
  }

  async check(): Promise<void> {
    // A write, not HeadBucket: read-only credentials or a refused encryption setting fail here,
    // on the readiness probe, rather than on an applicant's upload.
    const probe = `ready-probe/${randomUUID()}`;
    await this.client.send(
      new PutObjectCommand({ Bucket: this.config.bucket, Key: probe, Body: "ok", ServerSideEncryption: this.config.serverSideEncryption }),
    );
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: probe }));
  }

  async *list(): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.config.bucket, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        // Only names we could have written (not the readiness probe, not someone else's files).
        if (!object.Key || !SAFE_KEY.test(object.Key) || object.Key.startsWith("ready-probe/")) continue;
        yield { key: object.Key, modifiedAt: object.LastModified ?? new Date(0), sizeBytes: object.Size ?? 0 };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async *listIncomplete(): AsyncIterable<IncompleteUpload> {
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    do {
      const page = await this.client.send(
        new ListMultipartUploadsCommand({ Bucket: this.config.bucket, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker }),
      );
      for (const upload of page.Uploads ?? []) {
        if (!upload.Key || !upload.UploadId || !SAFE_KEY.test(upload.Key)) continue;
        yield { id: upload.UploadId, key: upload.Key, startedAt: upload.Initiated ?? new Date(0) };
      }
      const more = page.IsTruncated === true;
      keyMarker = more ? page.NextKeyMarker : undefined;
      uploadIdMarker = more ? page.NextUploadIdMarker : undefined;
    } while (keyMarker);
  }

  async abortIncomplete(upload: IncompleteUpload): Promise<void> {
    await this.client.send(
      new AbortMultipartUploadCommand({ Bucket: this.config.bucket, Key: this.checked(upload.key), UploadId: upload.id }),
    );
  }
}

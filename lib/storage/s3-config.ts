import type { ServerSideEncryption } from "@aws-sdk/client-s3";
import type { S3StorageConfig } from "./s3-storage";

/** The S3 driver's settings from S3_* variables (checked at start by lib/env.ts). */
export function s3ConfigFromEnv(env: Record<string, string | undefined> = process.env): S3StorageConfig {
  const value = (key: string) => (env[key] === "" ? undefined : env[key]);
  const bucket = value("S3_BUCKET");
  if (!bucket) throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET");
  const accessKeyId = value("S3_ACCESS_KEY_ID");
  const secretAccessKey = value("S3_SECRET_ACCESS_KEY");
  const sse = value("S3_SSE") ?? "AES256";
  return {
    bucket,
    region: value("S3_REGION") ?? "us-east-1",
    endpoint: value("S3_ENDPOINT"),
    forcePathStyle: value("S3_FORCE_PATH_STYLE") === "1",
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    serverSideEncryption: sse === "none" ? undefined : (sse as ServerSideEncryption),
  };
}

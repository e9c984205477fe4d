import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// The embedded server's passwords: made once per data directory, like the auth secret, and kept
// beside it (mode 600, never committed). Nothing is hard-coded: another machine's .data is useless here.
export type EmbeddedCredentials = { superuser: string; owner: string; app: string };

export function credentialsFile(dataDir: string): string {
  return `${path.resolve(dataDir)}.credentials.json`;
}

export function readEmbeddedCredentials(dataDir: string): EmbeddedCredentials | null {
  try {
    return JSON.parse(fs.readFileSync(credentialsFile(dataDir), "utf8")) as EmbeddedCredentials;
  } catch {
    return null;
  }
}

export function generateCredentials(): EmbeddedCredentials {
  const secret = () => randomBytes(24).toString("base64url");
  return { superuser: secret(), owner: secret(), app: secret() };
}

export function createEmbeddedCredentials(dataDir: string, credentials = generateCredentials()): EmbeddedCredentials {
  fs.mkdirSync(path.dirname(credentialsFile(dataDir)), { recursive: true });
  fs.writeFileSync(credentialsFile(dataDir), JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}

import fs from "node:fs/promises";
import path from "node:path";
import type { MailboxEntry } from "./mailer";

// Reads what the file mailer (mailer.ts) wrote, for the development-only page at /dev/mail.
// Ids come from URLs: only outbox-id-shaped names are accepted, so no path can escape the folder.
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isMailboxId(id: string): boolean {
  return SAFE_ID.test(id);
}

async function readEntry(dir: string, id: string): Promise<MailboxEntry | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, `${id}.json`), "utf8")) as MailboxEntry;
  } catch {
    return null;
  }
}

/** Newest first; at most `limit` messages. */
export async function listMailbox(dir: string, limit = 200): Promise<MailboxEntry[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const ids = names
    .filter((n) => n.endsWith(".json"))
    .map((n) => n.slice(0, -".json".length))
    .filter(isMailboxId);
  const entries = (await Promise.all(ids.map((id) => readEntry(dir, id)))).filter((e): e is MailboxEntry => e !== null);
  return entries.sort((a, b) => b.date.localeCompare(a.date)).slice(0, limit);
}

export async function findMailboxEntry(dir: string, id: string): Promise<MailboxEntry | null> {
  return isMailboxId(id) ? readEntry(dir, id) : null;
}

/** The raw RFC 5322 message, as a mail client would receive it. */
export async function readRawMessage(dir: string, id: string): Promise<Buffer | null> {
  if (!isMailboxId(id)) return null;
  return fs.readFile(path.join(dir, `${id}.eml`)).catch(() => null);
}

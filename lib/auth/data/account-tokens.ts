import { createHash, randomBytes } from "node:crypto";
import { addHours } from "date-fns";
import type { Prisma } from "@/lib/db/generated/client";
import type { AccountTokenPurpose } from "@/lib/db/generated/enums";
import { prisma } from "@/lib/db/client";

// Single-use links sent by e-mail (the registration's address confirmation). The token is 32
// random bytes; only its SHA-256 is stored, so reading the database (or a backup) gives no
// working link. It is accepted once, before it expires, by one conditional UPDATE.
export const VERIFY_EMAIL_VALID_HOURS = 48;

type Tx = Prisma.TransactionClient;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new token for `userId`; earlier unused ones of the same purpose stop working. */
export async function issueAccountToken(
  tx: Tx,
  userId: string,
  purpose: AccountTokenPurpose,
  validHours: number,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  await tx.accountToken.create({ data: { userId, purpose, tokenHash: hashToken(token), expiresAt: addHours(now, validHours) } });
  return token;
}

/** Uses a token: its user's id if it was valid, unused and unexpired (and now it is used), else null. */
export async function consumeAccountToken(token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<string | null> {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const rows = await prisma.$queryRaw<{ userId: string }[]>`
    UPDATE "AccountToken" SET "usedAt" = ${now}
    WHERE "tokenHash" = ${hashToken(token)} AND "purpose" = ${purpose}::"AccountTokenPurpose" AND "usedAt" IS NULL AND "expiresAt" > ${now}
    RETURNING "userId"`;
  return rows[0]?.userId ?? null;
}

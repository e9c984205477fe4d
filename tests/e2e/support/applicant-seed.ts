import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { hashPassword } from "../../../lib/auth/password";
import { createPrismaClient } from "../../../lib/db/client";

// An applicant of a seeded company who can sign in through the API (seeded users have no password).
export const SEEDED_PASSWORD = "seeded e2e steppe password";

export async function giveApplicantPassword(userId: string): Promise<string> {
  const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
  try {
    const email = `seeded-${randomBytes(4).toString("hex")}@example.kz`;
    await db.user.update({ where: { id: userId }, data: { email, passwordHash: await hashPassword(SEEDED_PASSWORD) } });
    return email;
  } finally {
    await db.$disconnect();
  }
}

export async function signInWithPassword(page: Page, email: string, password = SEEDED_PASSWORD): Promise<void> {
  const request = page.context().request;
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, callbackUrl: "/" }, maxRedirects: 0 });
}

/** Runs `work` with a Prisma client on the e2e server's database. */
export async function withE2eDatabase<T>(work: (db: ReturnType<typeof createPrismaClient>) => Promise<T>): Promise<T> {
  const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

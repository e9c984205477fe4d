import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { RegisterInput } from "@/lib/auth/schemas";
import { enqueueEmailToAddress, enqueueNotification } from "@/lib/outbox/enqueue";
import { consumeAccountToken, issueAccountToken, VERIFY_EMAIL_VALID_HOURS } from "./account-tokens";
import { consumeThrottle } from "./throttles";
import { normaliseEmail } from "./users";
import { AccountError } from "@/lib/auth/errors";

/**
 * A registration request. Whatever happens, the caller shows the same neutral answer ("check your
 * e-mail"), so the form reveals neither which e-mail addresses nor which BINs are registered
 * (ASVS 6.3.8); what happened is told by e-mail, to the address's owner only:
 *  - new address, free BIN: company (PENDING verification) + account (e-mail unconfirmed) + link;
 *  - address with an unconfirmed account: a fresh link;
 *  - address with an account: "someone tried to register with your address";
 *  - BIN held by another live registration: "this BIN is already registered" (nothing created).
 * Every path hashes the password and writes one outbox row, so they also take about as long.
 */
export async function registerApplicant(input: RegisterInput, locale: string): Promise<void> {
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  // At most a few e-mails per address and hour, whoever asks: the form must not become a spam cannon.
  const mailBudget = await consumeThrottle("registerEmail", email);
  if (!mailBudget.allowed) return;
  try {
    await prisma.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true, emailVerifiedAt: true } });
      if (existing) {
        if (existing.emailVerifiedAt) {
          await enqueueNotification(tx, { kind: "ACCOUNT_REGISTRATION_ATTEMPT", recipientUserId: existing.id, payload: {} });
        } else {
          const token = await issueAccountToken(tx, existing.id, "VERIFY_EMAIL", VERIFY_EMAIL_VALID_HOURS);
          await enqueueNotification(tx, {
            kind: "ACCOUNT_VERIFY_EMAIL",
            recipientUserId: existing.id,
            payload: { token, validHours: VERIFY_EMAIL_VALID_HOURS },
          });
        }
        return;
      }
      const binHolder = await tx.company.findFirst({ where: { bin: input.bin, verification: { not: "REFUSED" } }, select: { id: true } });
      if (binHolder) {
        await enqueueEmailToAddress(tx, {
          kind: "ACCOUNT_BIN_ALREADY_REGISTERED",
          toEmail: email,
          recipientName: input.name,
          locale,
          payload: { bin: input.bin },
        });
        return;
      }
      const company = await tx.company.create({
        data: { name: input.companyName, bin: input.bin, verification: "PENDING" },
        select: { id: true },
      });
      const user = await tx.user.create({
        data: { email, passwordHash, name: input.name, role: "APPLICANT", companyId: company.id, locale },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: { actorId: user.id, action: "REGISTER_COMPANY", entityType: "Company", entityId: company.id, details: { bin: input.bin } },
      });
      const token = await issueAccountToken(tx, user.id, "VERIFY_EMAIL", VERIFY_EMAIL_VALID_HOURS);
      await enqueueNotification(tx, {
        kind: "ACCOUNT_VERIFY_EMAIL",
        recipientUserId: user.id,
        payload: { token, validHours: VERIFY_EMAIL_VALID_HOURS },
      });
    });
  } catch (error) {
    // Two registrations racing for one address or BIN: the unique indexes decide, and the loser
    // gets the same neutral answer (the winner's owner received the e-mail).
    if ((error as { code?: string })?.code === "P2002" || String((error as Error)?.message).includes("custom_company_bin_active")) return;
    throw error;
  }
}

/** Follows a confirmation link: the account may sign in from now on. Refused with AccountError LINK_INVALID. */
export async function verifyEmail(token: string, now = new Date()): Promise<void> {
  const userId = await consumeAccountToken(token, "VERIFY_EMAIL", now);
  if (!userId) throw new AccountError("LINK_INVALID");
  await prisma.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
  await prisma.auditEvent.create({ data: { actorId: userId, action: "VERIFY_EMAIL", entityType: "User", entityId: userId } });
}

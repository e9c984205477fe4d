import { subDays } from "date-fns";
import { prisma } from "@/lib/db/client";
import { ACCOUNT_FREE_ATTEMPTS, consumeThrottle, LIMITS, refundThrottle, resetThrottle } from "./throttles";

// Sign-in throttling that an attacker cannot turn against the account's owner (ASVS 6.3.1):
//  - per account + address: 5 wrong passwords, then that pair waits 15 minutes;
//  - per address: 30 wrong passwords across accounts per hour;
//  - per account, only for addresses the account never signed in from: 10 per hour, then one
//    attempt per growing delay (15 s, 30 s, 1 min … capped at 15 min) instead of a lockout.
// The owner's usual addresses (a session in the last 90 days) skip the account-wide limit, so
// guesses from elsewhere never refuse the owner's correct password. Every counter is consumed
// BEFORE the password hash is checked, in one atomic statement each; a correct password gives
// its points back.
const KNOWN_ADDRESS_DAYS = 90;
const MAX_DELAY_SECONDS = 15 * 60;

export type SignInGate = { allowed: false; retryAfterSeconds: number } | { allowed: true; settle: (succeeded: boolean) => Promise<void> };

async function isKnownAddress(userId: string, address: string): Promise<boolean> {
  if (address === "unknown") return false;
  const session = await prisma.userSession.findFirst({
    where: { userId, ipAddress: address, createdAt: { gte: subDays(new Date(), KNOWN_ADDRESS_DAYS) } },
    select: { id: true },
  });
  return session !== null;
}

/** The wait after the n-th account-wide failure past the limit: doubles each time, capped. */
export function accountDelaySeconds(consumed: number): number {
  const excess = Math.max(0, consumed - ACCOUNT_FREE_ATTEMPTS - 1);
  return Math.min(MAX_DELAY_SECONDS, LIMITS.signInAccountDelay.duration * 2 ** Math.min(excess, 16));
}

export async function openSignInAttempt(email: string, address: string, userId: string | null): Promise<SignInGate> {
  const pairKey = `${email}|${address}`;
  const pair = await consumeThrottle("signInPair", pairKey);
  if (!pair.allowed) return pair;
  const byAddress = await consumeThrottle("signInAddress", address);
  if (!byAddress.allowed) return byAddress;
  const accountWide = !(userId && (await isKnownAddress(userId, address)));
  if (accountWide) {
    const account = await consumeThrottle("signInAccount", email, { points: 1 });
    if (account.allowed && account.consumed > ACCOUNT_FREE_ATTEMPTS) {
      // One attempt per delay window, taken atomically: parallel guesses get one between them.
      const slot = await consumeThrottle("signInAccountDelay", email, { customDuration: accountDelaySeconds(account.consumed) });
      if (!slot.allowed) return slot;
    }
  }
  return {
    allowed: true,
    settle: async (succeeded) => {
      if (!succeeded) return;
      await resetThrottle("signInPair", pairKey);
      await refundThrottle("signInAddress", address);
      if (accountWide) await refundThrottle("signInAccount", email);
    },
  };
}

import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { RATE_LIMIT_TABLE, rateLimitStoreClient } from "./rate-limit-store";

// Every throttle of the portal, counted in PostgreSQL by rate-limiter-flexible: each consume() is
// one atomic INSERT … ON CONFLICT DO UPDATE … RETURNING, so a burst of parallel requests is
// counted exactly and checked in the same statement (the 2026-12-01 probe got 25 parallel
// guesses through a count-then-record check). Expired counters are pruned by the library every
// five minutes. Limits are per-process constants on purpose: an operator tunes them in code review.
export type ThrottleName = keyof typeof LIMITS;

export const LIMITS = {
  /** Wrong passwords for one account from one address. */
  signInPair: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Wrong passwords from one address, whatever the account. */
  signInAddress: { points: 30, duration: 60 * 60, blockDuration: 60 * 60 },
  /** Counts wrong passwords for one account from addresses it never signed in from; past
   *  ACCOUNT_FREE_ATTEMPTS the delay below applies (see sign-in-throttle.ts). Never refuses by itself. */
  signInAccount: { points: 1_000_000, duration: 60 * 60 },
  /** Past the account limit: one attempt per growing delay (customDuration per call). */
  signInAccountDelay: { points: 1, duration: 15 },
  /** Current-password guesses in "change password", per user. */
  changePassword: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Registrations (each costs a hash and an e-mail) per address. */
  register: { points: 10, duration: 60 * 60 },
  /** Registration e-mails to one address per hour (new link, "someone tried", "BIN taken"). */
  registerEmail: { points: 3, duration: 60 * 60 },
  /** Confirmation-link attempts per address. */
  verifyEmail: { points: 30, duration: 60 * 60 },
  /** Uploads per user (each file is streamed, hashed, sniffed and scanned). */
  upload: { points: 120, duration: 10 * 60 },
  /** The public quote API per address. */
  quoteApi: { points: 120, duration: 60 },
  /** The public status check (reference + passport number, issue 17) per address. */
  statusLookup: { points: 20, duration: 15 * 60 },
} as const;

/** Account-wide attempts from unfamiliar addresses per hour before the growing delay starts. */
export const ACCOUNT_FREE_ATTEMPTS = 10;

const limiters = new Map<ThrottleName, RateLimiterPostgres>();

export function limiter(name: ThrottleName): RateLimiterPostgres {
  let existing = limiters.get(name);
  if (!existing) {
    existing = new RateLimiterPostgres({
      storeClient: rateLimitStoreClient,
      storeType: "client",
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true, // made by the migration; the app's role cannot create tables
      keyPrefix: name,
      ...LIMITS[name],
    });
    limiters.set(name, existing);
  }
  return existing;
}

export type ThrottleOutcome = { allowed: true; consumed: number } | { allowed: false; retryAfterSeconds: number };

/** Counts one attempt and says in the same step whether it is within the limit. */
export async function consumeThrottle(
  name: ThrottleName,
  key: string,
  options: { points?: number; customDuration?: number } = {},
): Promise<ThrottleOutcome> {
  try {
    const result = await limiter(name).consume(
      key,
      options.points ?? 1,
      options.customDuration ? { customDuration: options.customDuration } : {},
    );
    return { allowed: true, consumed: result.consumedPoints };
  } catch (rejection) {
    // The library rejects with a RateLimiterRes when over the limit, with an Error when the store fails.
    if (rejection instanceof RateLimiterRes)
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}

/** Gives back points consumed by an attempt that turned out legitimate (a correct password). */
export async function refundThrottle(name: ThrottleName, key: string, points = 1): Promise<void> {
  await limiter(name).reward(key, points);
}

export async function resetThrottle(name: ThrottleName, key: string): Promise<void> {
  await limiter(name).delete(key);
}

/** Removes counters that expired more than an hour ago (the library also does it every 5 minutes). */
export async function pruneThrottleCounters(now = Date.now()): Promise<void> {
  await rateLimitStoreClient.query({ text: `DELETE FROM "${RATE_LIMIT_TABLE}" WHERE expire < $1`, values: [now - 3_600_000] });
}

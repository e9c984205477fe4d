// Exponential back-off with "equal jitter": the delay doubles per attempt up to a cap, and half of
// it is random, so that many messages failing together (an SMTP outage) do not all retry in the
// same second when the server comes back.

export type BackoffPolicy = { baseMs: number; capMs: number };

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, capMs: 60 * 60_000 };

/** Delay before the next try after `attempt` failed tries (attempt >= 1); `random` in [0, 1). */
export function retryDelayMs(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const exponential = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

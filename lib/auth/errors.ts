import { type AppErrorKind, type RefusalMessage, refusalClass, refusalMessages } from "@/lib/kernel/errors";

/**
 * Why a change to one's own account was refused. (Not "AuthError": that is Auth.js's class for
 * a failed sign-in, which lib/auth/actions.ts turns into its messages.)
 */
export type AccountErrorCode =
  | "WRONG_PASSWORD" // the current password given does not match
  | "THROTTLED" // too many attempts at the current password
  | "LINK_INVALID"; // a confirmation link that is unknown, used or expired: one answer for all

export const ACCOUNT_ERROR_KINDS: Record<AccountErrorCode, AppErrorKind> = {
  WRONG_PASSWORD: "INVALID_INPUT",
  THROTTLED: "LIMIT_REACHED",
  LINK_INVALID: "NOT_FOUND",
};

export const ACCOUNT_ERROR_MESSAGES: Record<AccountErrorCode, RefusalMessage> = {
  WRONG_PASSWORD: { field: "currentPassword", key: "account.wrongPassword" },
  THROTTLED: "account.throttled",
  // Told on the confirmation page, which is sent there with ?invalid=1.
  LINK_INVALID: "auth.verifyEmail.invalid",
};

export class AccountError extends refusalClass("AccountError", ACCOUNT_ERROR_KINDS) {}

export const accountRefusal = refusalMessages(AccountError, ACCOUNT_ERROR_MESSAGES);

import type { Role } from "@/lib/db/generated/enums";
import { NOTIFICATION_DEFINITIONS, NOTIFICATION_KINDS, type NotificationKind } from "./kinds";

// Which e-mails a user may turn off (docs/decisions/005-outbox-notifications.md). Everything that
// reports a change in an application's status, or an obligation or deadline that follows from it,
// is mandatory: the applicant must learn it even if they never open the portal. Reminders and
// courtesy warnings are optional. Preferences govern e-mail only: the in-portal notification is
// always written.

/** Derived from the definitions (./kinds.ts). */
export const MANDATORY_EMAIL_KINDS: ReadonlySet<NotificationKind> = new Set(
  NOTIFICATION_KINDS.filter((kind) => NOTIFICATION_DEFINITIONS[kind].mandatoryEmail),
);

export function isMandatoryEmail(kind: NotificationKind): boolean {
  return MANDATORY_EMAIL_KINDS.has(kind);
}

/**
 * The kinds a user of this role can receive, in a stable order (the preferences page lists them).
 * Administrators receive none: new items go to the STAFF users who work the queue.
 */
export function kindsForRole(role: Role): NotificationKind[] {
  if (role === "ADMIN") return [];
  return NOTIFICATION_KINDS.filter((kind) => NOTIFICATION_DEFINITIONS[kind].audience === role);
}

/** E-mail goes out unless the kind is optional and the user turned it off. */
export function shouldEmail(kind: NotificationKind, emailOptOuts: readonly string[]): boolean {
  return isMandatoryEmail(kind) || !emailOptOuts.includes(kind);
}

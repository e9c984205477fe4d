import type { Role } from "@/lib/db/generated/enums";
import { AppError } from "./errors";

// Who is acting and what they may do: the types and checks every feature's data functions take.

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  companyId: string | null;
  companyName: string | null;
  /** The server-side session this request came with (lib/auth/data/user-sessions.ts); absent in jobs and tests. */
  sessionId?: string;
  /**
   * Read with the session in the same statement, for what every signed-in page shows around its
   * content (the portal's verification banner, the header's bell); absent elsewhere, where the
   * readers (getMyCompanyVerification, countUnreadNotifications) query the database instead.
   */
  companyVerification?: { status: "PENDING" | "VERIFIED" | "REFUSED"; note: string | null } | null;
  unreadNotifications?: number;
};

/** A user row (with its company's name) as the actor that data functions take. */
export function toCurrentUser(user: {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  companyId: string | null;
  company: { name: string } | null;
}): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    companyId: user.companyId,
    companyName: user.company?.name ?? null,
  };
}

/** Thrown by data functions when the actor may not do what was asked; pages turn it into a 403. */
export class AccessDeniedError extends AppError<"ACCESS_DENIED"> {
  constructor(message = "Access denied") {
    super("FORBIDDEN", "ACCESS_DENIED", message);
    this.name = "AccessDeniedError";
  }
}

export function assertRole(actor: CurrentUser, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) throw new AccessDeniedError(`Role ${actor.role} may not do this`);
}

/** The company an applicant acts for; every applicant query is scoped by it. */
export function applicantCompanyId(actor: CurrentUser): string {
  if (actor.role !== "APPLICANT" || !actor.companyId) throw new AccessDeniedError("Only a company's applicant may do this");
  return actor.companyId;
}

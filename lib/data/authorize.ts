import type { CurrentUser } from "./users";
import type { Role } from "@/lib/db/generated/enums";

/** Thrown by lib/data when the actor may not do what was asked; pages turn it into a 403. */
export class AccessDeniedError extends Error {
  constructor(message = "Access denied") {
    super(message);
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

import type { Role } from "@/lib/db/generated/enums";

/** The areas of the portal and who may enter them. Admins do staff work too. */
export const AREA_ROLES = {
  portal: ["APPLICANT"],
  staff: ["STAFF", "ADMIN"],
  admin: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;

export function canEnter(area: Area, role: Role): boolean {
  return (AREA_ROLES[area] as readonly Role[]).includes(role);
}

/** Where a user lands after signing in. */
export function homePathFor(role: Role): string {
  return role === "APPLICANT" ? "/portal" : role === "ADMIN" ? "/admin" : "/staff";
}

import type { AnyServiceDefinition } from "@/lib/catalog";

// Who a request may be for (decision 007, 6.P3). A service whose tariff row includes family
// members (C3, A5, TRP, C3 extension, the cancellation abroad of L465/L484) asks about family and
// takes the principal and/or family members in one request. Every other person-level service
// concerns whoever needs it (IIN, arrival notification, B2, the in-country cancellation of L435
// "...or their family member"): one request is for exactly one person of the register, the
// principal or a family member.

export type PeopleScope = "GROUP" | "ONE_PERSON";

export function peopleScope(service: AnyServiceDefinition): PeopleScope {
  return "familyMembersIncluded" in service.questions.shape ? "GROUP" : "ONE_PERSON";
}

/** Does this choice of people suit the service? (the people step and its server action) */
export function peopleChoiceProblem(
  scope: PeopleScope,
  choice: { principalIncluded: boolean; familyIds: readonly string[] },
): "NOBODY" | "ONE_PERSON_ONLY" | null {
  const count = (choice.principalIncluded ? 1 : 0) + choice.familyIds.length;
  if (count === 0) return "NOBODY";
  if (scope === "ONE_PERSON" && count !== 1) return "ONE_PERSON_ONLY";
  return null;
}

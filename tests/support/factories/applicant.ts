import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { binCheckDigit } from "@/lib/rules/bin";
import { findSessionUser } from "@/lib/auth/data/users";
import { type CurrentUser } from "@/lib/kernel/access";

/** A valid, unique BIN for a test company. */
export function uniqueBin(): string {
  for (;;) {
    const first11 = Array.from(randomBytes(11), (b) => String(b % 10)).join("");
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** A new company with one applicant, as the signed-in CurrentUser lib/data expects. */
export async function createApplicant(name = "Test Co"): Promise<CurrentUser> {
  const suffix = randomBytes(4).toString("hex");
  const company = await prisma.company.create({ data: { name: `${name} ${suffix}`, bin: uniqueBin(), verification: "VERIFIED" } });
  const user = await prisma.user.create({
    data: {
      email: `applicant-${suffix}@example.kz`,
      name: `Applicant ${suffix}`,
      role: "APPLICANT",
      passwordHash: "x",
      companyId: company.id,
      emailVerifiedAt: new Date(),
    },
  });
  return (await findSessionUser(user.id, 0))!;
}

export async function createPerson(
  actor: CurrentUser,
  overrides: Partial<{
    fullName: string;
    citizenship: string;
    passportExpiresOn: string;
    principalId: string;
    relationship: "SPOUSE" | "CHILD";
  }> = {},
) {
  return prisma.person.create({
    data: {
      companyId: actor.companyId!,
      fullName: overrides.fullName ?? "John Smith",
      citizenship: overrides.citizenship ?? "GB",
      dateOfBirth: new Date("1985-04-12T00:00:00Z"),
      passportNumber: `P${randomBytes(4).toString("hex").toUpperCase()}`,
      passportIssuedOn: new Date("2020-01-10T00:00:00Z"),
      passportExpiresOn: new Date(`${overrides.passportExpiresOn ?? "2030-01-09"}T00:00:00Z`),
      principalId: overrides.principalId ?? null,
      relationship: overrides.relationship ?? null,
    },
  });
}

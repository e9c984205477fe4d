import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { RegisterInput } from "@/lib/auth/schemas";
import { normaliseEmail } from "./users";

export type RegisterOutcome = { ok: true; userId: string } | { ok: false; conflict: "email" | "bin" };

/** Which unique index a failed insert hit ("Company_bin_key", "User_email_key"), or null. */
function violatedUniqueIndex(error: unknown): string | null {
  const e = error as { code?: string; meta?: unknown };
  return e?.code === "P2002" ? JSON.stringify(e.meta ?? {}) : null;
}

/** A new AIFC participant and its first representative, created together or not at all. */
export async function registerApplicant(input: RegisterInput): Promise<RegisterOutcome> {
  const email = normaliseEmail(input.email);
  const [emailTaken, binTaken] = await Promise.all([
    prisma.user.findUnique({ where: { email }, select: { id: true } }),
    prisma.company.findUnique({ where: { bin: input.bin }, select: { id: true } }),
  ]);
  if (emailTaken) return { ok: false, conflict: "email" };
  if (binTaken) return { ok: false, conflict: "bin" };
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await prisma.$transaction(async (tx) => {
      const company = await tx.company.create({ data: { name: input.companyName, bin: input.bin } });
      return tx.user.create({
        data: { email, passwordHash, name: input.name, role: "APPLICANT", companyId: company.id },
        select: { id: true },
      });
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    // Two registrations racing past the checks above: the unique index decides.
    const index = violatedUniqueIndex(error);
    if (index === null) throw error;
    return { ok: false, conflict: index.includes("Company_bin_key") ? "bin" : "email" };
  }
}

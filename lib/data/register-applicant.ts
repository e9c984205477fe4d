import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { RegisterInput } from "@/lib/auth/schemas";
import { normaliseEmail } from "./users";

export type RegisterOutcome = { ok: true; userId: string } | { ok: false; conflict: "email" | "bin" };

function uniqueTarget(error: unknown): string | null {
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } };
  if (e?.code !== "P2002") return null;
  const fields = e.meta?.driverAdapterError?.cause?.constraint?.fields ?? e.meta?.target;
  return JSON.stringify(fields ?? "");
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
    const target = uniqueTarget(error);
    if (target === null) throw error;
    return { ok: false, conflict: target.includes("bin") ? "bin" : "email" };
  }
}

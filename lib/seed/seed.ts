import type { PrismaClient } from "@/lib/db/generated/client";
import { hashPassword } from "@/lib/auth/password";
import { isDemoAllowed } from "@/lib/env";
import { DEMO_ACCOUNTS, DEMO_COMPANY } from "@/lib/db/demo-accounts";
import { KZ_HOLIDAYS_SEED, MRP_RATES_SEED } from "@/lib/catalog";

// Idempotent: running again changes nothing a person has edited since (upserts with no update).

/** What every deployment needs: MRP rates, the holiday calendar, booking settings (part of `npm run db:migrate`). */
export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  for (const rate of MRP_RATES_SEED) {
    await prisma.mrpRate.upsert({ where: { year: rate.year }, create: rate, update: {} });
  }
  for (const day of KZ_HOLIDAYS_SEED) {
    const date = new Date(`${day.date}T00:00:00Z`);
    await prisma.holiday.upsert({ where: { date }, create: { date, name: day.name, kind: day.kind }, update: {} });
  }
  await prisma.bookingSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
}

/** The demo company and the demo accounts, whose passwords are public: never in production unless DEMO_MODE=1. */
export async function seedDemoData(prisma: PrismaClient): Promise<void> {
  if (!isDemoAllowed()) {
    throw new Error(
      "Refusing to create the demo accounts (their passwords are public) in production: set DEMO_MODE=1 for a demonstration system.",
    );
  }
  // The demo company and accounts are seeded as already verified (docs/decisions/014).
  const company =
    (await prisma.company.findFirst({ where: { bin: DEMO_COMPANY.bin, verification: { not: "REFUSED" } } })) ??
    (await prisma.company.create({ data: { ...DEMO_COMPANY, verification: "VERIFIED", verificationDecidedAt: new Date() } }));
  for (const account of DEMO_ACCOUNTS) {
    const exists = await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (exists) continue;
    await prisma.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await hashPassword(account.password),
        companyId: account.role === "APPLICANT" ? company.id : null,
        emailVerifiedAt: new Date(),
      },
    });
  }
}

/** Development and tests: both. */
export async function seedDatabase(prisma: PrismaClient): Promise<void> {
  await seedReferenceData(prisma);
  await seedDemoData(prisma);
}

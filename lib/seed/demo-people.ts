import type { PrismaClient } from "@/lib/db/generated/client";
import { DEMO_COMPANY } from "@/lib/db/demo-accounts";
import { addCalendarDays, isoDateInTimeZone } from "@/lib/rules/iso-date";

// A few foreign nationals for the demo company, so that a new developer's people dashboard
// (/portal/people) shows each kind of deadline: an open extension window, a passport to renew
// before filing, a visa due later and a family member. Dates are relative to today, so the
// dashboard looks the same whenever `npm run dev` is first started. Only for `npm run dev` and
// `npm run db:seed`: the test suites seed their own people and count them.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Creates the demo people once (nothing if the demo company already has people). */
export async function seedDemoPeople(prisma: PrismaClient, now: Date = new Date()): Promise<void> {
  const company = await prisma.company.findFirst({
    where: { bin: DEMO_COMPANY.bin, verification: { not: "REFUSED" } },
    select: { id: true },
  });
  if (!company || (await prisma.person.count({ where: { companyId: company.id } })) > 0) return;
  const today = isoDateInTimeZone(now);
  const base = { companyId: company.id, passportIssuedOn: day("2022-03-15") };
  const anna = await prisma.person.create({
    data: {
      ...base,
      fullName: "ANNA KOWALSKA",
      citizenship: "PL",
      sex: "F",
      dateOfBirth: day("1988-06-11"),
      passportNumber: "EJ4827193",
      // About 20 working days ahead: inside the extension window (30 to 5 working days before expiry).
      passportExpiresOn: day("2032-03-14"),
      visaCategory: "C3",
      visaExpiresOn: day(addCalendarDays(today, 28)),
    },
  });
  await prisma.person.create({
    data: {
      ...base,
      fullName: "TOMASZ KOWALSKI",
      citizenship: "PL",
      sex: "M",
      dateOfBirth: day("2015-09-02"),
      passportNumber: "EJ5561208",
      passportExpiresOn: day("2030-09-01"),
      principalId: anna.id,
      relationship: "CHILD",
    },
  });
  await prisma.person.create({
    data: {
      ...base,
      fullName: "JAMES O'CONNOR",
      citizenship: "IE",
      sex: "M",
      dateOfBirth: day("1979-01-23"),
      passportNumber: "PA7710345",
      passportExpiresOn: day(addCalendarDays(today, 80)),
    },
  });
  await prisma.person.create({
    data: {
      ...base,
      fullName: "LI WEI",
      citizenship: "CN",
      sex: "M",
      dateOfBirth: day("1990-12-05"),
      passportNumber: "E83125567",
      passportExpiresOn: day("2033-05-20"),
      visaCategory: "C3",
      visaExpiresOn: day(addCalendarDays(today, 220)),
    },
  });
}

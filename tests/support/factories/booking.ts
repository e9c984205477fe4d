import { randomBytes, randomInt } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import type { CurrentUser } from "@/lib/kernel/access";

// Test data for booking: a company with its applicant, and applications that have reached
// DOCUMENTS_APPROVED (staff review, which gets them there, is another feature). Unique per call.

const unique = () => randomBytes(5).toString("hex");
// Each test file has its own database; within one, numbers count up from a random start.
let nextNumber = randomInt(100_000, 900_000);

function asCurrentUser(
  user: { id: string; email: string; name: string; role: Role; locale: string; companyId: string | null },
  companyName: string | null,
): CurrentUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, companyId: user.companyId, companyName };
}

/** A password hash nobody can sign in with: these users act through lib functions only. */
const UNUSABLE_HASH = "!unusable";

export async function createUser(
  db: PrismaClient,
  role: Role,
  options: { companyId?: string; companyName?: string; passwordHash?: string } = {},
): Promise<CurrentUser> {
  const id = unique();
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${id}@test.example`,
      name: `${role} ${id}`,
      role,
      passwordHash: options.passwordHash ?? UNUSABLE_HASH,
      companyId: options.companyId ?? null,
      emailVerifiedAt: new Date(),
    },
  });
  return asCurrentUser(user, options.companyName ?? null);
}

export async function createCompanyWithApplicant(db: PrismaClient) {
  const bin = String(randomInt(100_000_000_000, 999_999_999_999));
  const company = await db.company.create({ data: { name: `Test Company ${unique()}`, bin, verification: "VERIFIED" } });
  const applicant = await createUser(db, "APPLICANT", { companyId: company.id, companyName: company.name });
  return { company, applicant };
}

export type ApprovedApplicationOptions = {
  company?: { id: string };
  applicant?: CurrentUser;
  serviceCode?: string;
  personName?: string;
  /** Issue 8: booking needs a confirmed payment by default; "unpaid" issues the invoice only, "none" issues none. */
  invoice?: "paid" | "unpaid" | "none";
  /** Family members included besides the principal (each needs a place at the appointment). */
  familyMembers?: number;
};

const SNAPSHOT = {
  serviceFeeTiyn: 36_000_000,
  stateDuty: { mrpTenths: 5, mrpYear: 2026, mrpValueTiyn: 432_500, amountTiyn: 216_250 },
  totalTiyn: 36_216_250,
  filedOn: "2026-11-02",
};

/** An application in DOCUMENTS_APPROVED (WORK_VISA by default), with a principal person. */
export async function createApprovedApplication(db: PrismaClient, options: ApprovedApplicationOptions = {}) {
  const owner =
    options.company && options.applicant
      ? { company: await db.company.findUniqueOrThrow({ where: { id: options.company.id } }), applicant: options.applicant }
      : await createCompanyWithApplicant(db);
  const person = await db.person.create({
    data: {
      companyId: owner.company.id,
      fullName: options.personName ?? `JOHN SMITH ${unique().toUpperCase()}`,
      citizenship: "GB",
      dateOfBirth: new Date("1985-04-02"),
      passportNumber: `P${unique()}`,
      passportIssuedOn: new Date("2022-01-10"),
      passportExpiresOn: new Date("2032-01-09"),
    },
  });
  const application = await db.application.create({
    data: {
      number: `EC-2026-${String(nextNumber++).padStart(6, "0")}`,
      companyId: owner.company.id,
      serviceCode: options.serviceCode ?? "WORK_VISA",
      status: "DOCUMENTS_APPROVED",
      submittedAt: new Date(),
      createdById: owner.applicant.id,
      tariffSnapshot: SNAPSHOT,
      people: { create: { personId: person.id, isPrincipal: true } },
    },
  });
  for (let i = 0; i < (options.familyMembers ?? 0); i++) {
    const member = await db.person.create({
      data: {
        companyId: owner.company.id,
        fullName: `FAMILY MEMBER ${unique().toUpperCase()}`,
        citizenship: "GB",
        principalId: person.id,
        relationship: "CHILD",
        dateOfBirth: new Date("2015-04-02"),
        passportNumber: `P${unique()}`,
        passportIssuedOn: new Date("2022-01-10"),
        passportExpiresOn: new Date("2032-01-09"),
      },
    });
    await db.applicationPerson.create({ data: { applicationId: application.id, personId: member.id, isPrincipal: false } });
  }
  const invoice = options.invoice ?? "paid";
  if (invoice !== "none") {
    await db.invoice.create({
      data: {
        number: `INV-2026-${unique()}`,
        applicationId: application.id,
        serviceFeeTiyn: SNAPSHOT.serviceFeeTiyn,
        stateDutyTiyn: SNAPSHOT.stateDuty.amountTiyn,
        totalTiyn: SNAPSHOT.serviceFeeTiyn,
        filedOn: new Date("2026-11-02"),
        status: invoice === "paid" ? "PAID" : "AWAITING_PAYMENT",
        paidAt: invoice === "paid" ? new Date() : null,
      },
    });
  }
  return { ...owner, person, application };
}

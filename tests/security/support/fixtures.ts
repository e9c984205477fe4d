import { randomBytes } from "node:crypto";
import pg from "pg";
import { hashPassword } from "../../../lib/auth/password";
import { createPrismaClient } from "../../../lib/db/client";
import { createApprovedApplication, createCompanyWithApplicant } from "../../support/factories/booking";
import { createSubmittedApplication } from "../../support/factories/applications";

// Two companies for the authorization sweep: A owns one of everything an id can name, B is the
// attacker. Written straight into the suite server's database as its application role.
export const PASSWORD = "security suite steppe passphrase";
const databaseUrl = () => process.env.SECURITY_DATABASE_URL!;

export function suiteDb() {
  return createPrismaClient(databaseUrl());
}

export async function createCompanyAccount(label: string) {
  const db = suiteDb();
  try {
    const { company, applicant } = await createCompanyWithApplicant(db);
    const email = `${label}-${randomBytes(4).toString("hex")}@security.example`;
    await db.user.update({ where: { id: applicant.id }, data: { email, passwordHash: await hashPassword(PASSWORD) } });
    return { company, applicant: { ...applicant, email }, email };
  } finally {
    await db.$disconnect();
  }
}

/** Company A with a draft, a submitted and an approved application, files, a receipt, a vault version, a person and a notification. */
export async function createVictimCompany() {
  const owner = await createCompanyAccount("victim");
  const db = suiteDb();
  try {
    const submitted = await createSubmittedApplication(db, {
      company: owner.company,
      applicant: owner.applicant,
      personName: "VICTIM PERSON SUBMITTED",
    });
    const draft = await createSubmittedApplication(db, {
      company: owner.company,
      applicant: owner.applicant,
      status: "DRAFT",
      personName: "VICTIM PERSON DRAFT",
    });
    const approved = await createApprovedApplication(db, {
      company: owner.company,
      applicant: owner.applicant,
      invoice: "unpaid",
      personName: "VICTIM PERSON APPROVED",
    });
    const invoice = await db.invoice.findFirstOrThrow({ where: { applicationId: approved.application.id } });
    const receipt = await db.paymentReceipt.create({
      data: {
        invoiceId: invoice.id,
        storageKey: `test/${randomBytes(8).toString("hex")}`,
        originalName: "receipt.pdf",
        mimeType: "application/pdf",
        sizeBytes: 100,
        sha256: "0".repeat(64),
        uploadedById: owner.applicant.id,
      },
    });
    const vault = await db.companyDocumentVersion.create({
      data: {
        companyId: owner.company.id,
        code: "CHARTER",
        language: "ANY",
        storageKey: `test/${randomBytes(8).toString("hex")}`,
        originalName: "charter.pdf",
        mimeType: "application/pdf",
        sizeBytes: 100,
        sha256: "0".repeat(64),
        uploadedById: owner.applicant.id,
      },
    });
    const notification = await db.notification.create({ data: { userId: owner.applicant.id, kind: "DOCUMENTS_APPROVED", payload: {} } });
    const invitation = await db.companyInvitation.create({
      data: {
        companyId: owner.company.id,
        email: `invitee-${randomBytes(4).toString("hex")}@security.example`,
        role: "MEMBER",
        tokenHash: randomBytes(32).toString("hex"),
        invitedById: owner.applicant.id,
        expiresAt: new Date(Date.now() + 7 * 86_400_000),
      },
    });
    // A scan the applicant started a person from (issue 18); already read, so no worker touches it.
    const passportScan = await db.passportScan.create({
      data: {
        companyId: owner.company.id,
        storageKey: `test/${randomBytes(8).toString("hex")}`,
        mimeType: "image/png",
        uploadedById: owner.applicant.id,
        status: "NOT_READABLE",
      },
    });
    return {
      ...owner,
      submitted,
      draft,
      approved,
      invoice,
      receipt,
      vault,
      notification,
      invitation,
      passportScan,
      markers: [owner.company.name, "VICTIM PERSON", submitted.application.number!],
    };
  } finally {
    await db.$disconnect();
  }
}

/** A digest of every table a request could change (not the throttle counters or session last-seen times). */
export async function databaseFingerprint(): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const tables = (
      await client.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('rate_limit_counter', 'UserSession', '_prisma_migrations') ORDER BY 1`,
      )
    ).rows.map((r) => r.name);
    const parts: string[] = [];
    for (const table of tables) {
      const { rows } = await client.query(
        `SELECT count(*)::text AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM "${table}" t`,
      );
      parts.push(`${table}:${rows[0].n}:${rows[0].digest}`);
    }
    return parts.join("\n");
  } finally {
    await client.end();
  }
}

export async function countRows(sql: string, values: unknown[] = []): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return Number((await client.query(sql, values)).rows[0].n);
  } finally {
    await client.end();
  }
}

export async function queryRows<T = Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

-- CreateEnum
CREATE TYPE "CompanyRole" AS ENUM ('ADMIN', 'MEMBER');

-- AlterEnum
ALTER TYPE "ApplicationStatus" ADD VALUE 'LAPSED';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "companyRole" "CompanyRole";

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "changesDueOn" DATE;

-- CreateTable
CREATE TABLE "WorkflowSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "changesDeadlineDays" INTEGER NOT NULL DEFAULT 30,

    CONSTRAINT "WorkflowSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangesReminderSent" (
    "applicationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangesReminderSent_pkey" PRIMARY KEY ("applicationId","kind","dueOn")
);

-- CreateTable
CREATE TABLE "CompanyInvitation" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "CompanyRole" NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "invitedById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedUserId" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeopleDigestSent" (
    "companyId" TEXT NOT NULL,
    "weekOf" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeopleDigestSent_pkey" PRIMARY KEY ("companyId","weekOf")
);

-- CreateIndex
CREATE UNIQUE INDEX "CompanyInvitation_tokenHash_key" ON "CompanyInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "CompanyInvitation_companyId_createdAt_idx" ON "CompanyInvitation"("companyId", "createdAt");

-- CreateIndex
CREATE INDEX "CompanyInvitation_email_idx" ON "CompanyInvitation"("email");

-- CreateIndex
CREATE INDEX "Application_status_changesDueOn_idx" ON "Application"("status", "changesDueOn");

-- AddForeignKey
ALTER TABLE "ChangesReminderSent" ADD CONSTRAINT "ChangesReminderSent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyInvitation" ADD CONSTRAINT "CompanyInvitation_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyInvitation" ADD CONSTRAINT "CompanyInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeopleDigestSent" ADD CONSTRAINT "PeopleDigestSent_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written only (objects named custom_*). See docs/decisions/012-company-workspace.md.

-- Until now every company had exactly one user, its registrant: each becomes the company's administrator.
UPDATE "User" SET "companyRole" = 'ADMIN' WHERE "role" = 'APPLICANT' AND "companyId" IS NOT NULL;

-- The first user of a company is its administrator, whatever code path registers it; later
-- users (invited colleagues) arrive with the role their invitation gave them.
CREATE FUNCTION "custom_user_default_company_role"() RETURNS trigger AS $$
BEGIN
  IF NEW."role" = 'APPLICANT' AND NEW."companyId" IS NOT NULL AND NEW."companyRole" IS NULL THEN
    NEW."companyRole" := CASE
      WHEN EXISTS (SELECT 1 FROM "User" WHERE "companyId" = NEW."companyId" AND "id" <> NEW."id") THEN 'MEMBER'::"CompanyRole"
      ELSE 'ADMIN'::"CompanyRole"
    END;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "custom_user_default_company_role" BEFORE INSERT ON "User"
  FOR EACH ROW EXECUTE FUNCTION "custom_user_default_company_role"();

-- One settings row, and a deadline an applicant can actually meet.
ALTER TABLE "WorkflowSettings" ADD CONSTRAINT "custom_workflow_settings_single_row" CHECK ("id" = 1);
ALTER TABLE "WorkflowSettings" ADD CONSTRAINT "custom_workflow_settings_deadline_days" CHECK ("changesDeadlineDays" BETWEEN 5 AND 120);

-- Invitations are matched by address: stored lower-case, like User.email.
ALTER TABLE "CompanyInvitation" ADD CONSTRAINT "custom_company_invitation_email_lower" CHECK ("email" = lower("email"));

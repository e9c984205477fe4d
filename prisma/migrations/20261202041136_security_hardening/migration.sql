-- CreateEnum
CREATE TYPE "CompanyVerification" AS ENUM ('PENDING', 'VERIFIED', 'REFUSED');

-- CreateEnum
CREATE TYPE "AccountTokenPurpose" AS ENUM ('VERIFY_EMAIL');

-- DropIndex
DROP INDEX "Company_bin_key";

-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "verification" "CompanyVerification" NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "verificationDecidedAt" TIMESTAMP(3),
ADD COLUMN     "verificationDecidedById" TEXT,
ADD COLUMN     "verificationNote" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "DocumentFile" ADD COLUMN     "purgedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "CompanyDocumentVersion" ADD COLUMN     "purgedAt" TIMESTAMP(3);

-- DropTable
DROP TABLE "LoginAttempt";

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" VARCHAR(45) NOT NULL,
    "userAgent" VARCHAR(400) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" VARCHAR(40),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "AccountTokenPurpose" NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_counter" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_counter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "UserSession_userId_revokedAt_idx" ON "UserSession"("userId", "revokedAt");

-- CreateIndex
CREATE INDEX "UserSession_userId_ipAddress_idx" ON "UserSession"("userId", "ipAddress");

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_purpose_idx" ON "AccountToken"("userId", "purpose");

-- CreateIndex
CREATE INDEX "rate_limit_counter_expire_idx" ON "rate_limit_counter"("expire");

-- CreateIndex
CREATE INDEX "Company_bin_idx" ON "Company"("bin");

-- CreateIndex
CREATE INDEX "Company_verification_createdAt_idx" ON "Company"("verification", "createdAt");

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_verificationDecidedById_fkey" FOREIGN KEY ("verificationDecidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (objects named custom_*; the schema-equivalence test skips them)

-- Companies and accounts that existed before verification was introduced were created by
-- registration or the demo seed; they keep working as verified.
UPDATE "Company" SET "verification" = 'VERIFIED', "verificationDecidedAt" = CURRENT_TIMESTAMP;
UPDATE "User" SET "emailVerifiedAt" = "createdAt";

-- One live registration per BIN; a refused one no longer holds it.
CREATE UNIQUE INDEX "custom_company_bin_active" ON "Company" ("bin") WHERE "verification" <> 'REFUSED';

-- A refusal always carries its reason.
ALTER TABLE "Company" ADD CONSTRAINT "custom_company_refusal_has_reason"
  CHECK ("verification" <> 'REFUSED' OR "verificationNote" IS NOT NULL);

-- Pending companies are listed oldest first in the staff queue.
CREATE INDEX "custom_company_pending" ON "Company" ("createdAt") WHERE "verification" = 'PENDING';

-- CreateEnum
CREATE TYPE "VaultLanguage" AS ENUM ('ANY', 'KK', 'RU');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('AWAITING_PAYMENT', 'RECEIPT_UPLOADED', 'PAID', 'PAYMENT_REJECTED');

-- DropIndex
DROP INDEX "DocumentFile_storageKey_key";

-- AlterTable
ALTER TABLE "DocumentFile" ADD COLUMN     "vaultVersionId" TEXT;

-- AlterTable
ALTER TABLE "BookingSettings" ADD COLUMN     "bookingRequiresPayment" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "confirmByHoursBefore" INTEGER NOT NULL DEFAULT 24,
ADD COLUMN     "minNoticeWorkingDays" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "reminderHoursBefore" INTEGER NOT NULL DEFAULT 48;

-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "reminderSentAt" TIMESTAMP(3),
ADD COLUMN     "seats" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "CompanyDocumentVersion" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "language" "VaultLanguage" NOT NULL DEFAULT 'ANY',
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "validUntil" DATE,
    "uploadedById" TEXT NOT NULL,
    "replacedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "serviceFeeTiyn" INTEGER NOT NULL,
    "stateDutyTiyn" INTEGER NOT NULL,
    "stateDutyMrpTenths" INTEGER,
    "mrpYear" INTEGER,
    "mrpValueTiyn" INTEGER,
    "totalTiyn" INTEGER NOT NULL,
    "filedOn" DATE NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'AWAITING_PAYMENT',
    "provider" TEXT NOT NULL DEFAULT 'MANUAL',
    "version" INTEGER NOT NULL DEFAULT 0,
    "receiptUploadedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "rejectReason" TEXT,
    "paidAt" TIMESTAMP(3),

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentReceipt" (
    "id" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceNumberCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InvoiceNumberCounter_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "CompanyDocumentVersion_storageKey_key" ON "CompanyDocumentVersion"("storageKey");

-- CreateIndex
CREATE INDEX "CompanyDocumentVersion_companyId_code_language_createdAt_idx" ON "CompanyDocumentVersion"("companyId", "code", "language", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_applicationId_key" ON "Invoice"("applicationId");

-- CreateIndex
CREATE INDEX "Invoice_status_receiptUploadedAt_id_idx" ON "Invoice"("status", "receiptUploadedAt", "id");

-- CreateIndex
CREATE INDEX "Invoice_paidAt_idx" ON "Invoice"("paidAt");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentReceipt_storageKey_key" ON "PaymentReceipt"("storageKey");

-- CreateIndex
CREATE INDEX "PaymentReceipt_invoiceId_createdAt_idx" ON "PaymentReceipt"("invoiceId", "createdAt");

-- CreateIndex
CREATE INDEX "DocumentFile_storageKey_idx" ON "DocumentFile"("storageKey");

-- CreateIndex
CREATE INDEX "DocumentFile_vaultVersionId_idx" ON "DocumentFile"("vaultVersionId");

-- AddForeignKey
ALTER TABLE "DocumentFile" ADD CONSTRAINT "DocumentFile_vaultVersionId_fkey" FOREIGN KEY ("vaultVersionId") REFERENCES "CompanyDocumentVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyDocumentVersion" ADD CONSTRAINT "CompanyDocumentVersion_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyDocumentVersion" ADD CONSTRAINT "CompanyDocumentVersion_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentReceipt" ADD CONSTRAINT "PaymentReceipt_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentReceipt" ADD CONSTRAINT "PaymentReceipt_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written only (objects named custom_*). See docs/decisions/008-vault-payment-confirmation.md.

-- One current version per company document and language; replaced versions are kept.
CREATE UNIQUE INDEX "custom_company_document_current" ON "CompanyDocumentVersion" ("companyId", "code", "language") WHERE "replacedAt" IS NULL;

-- Amounts are whole tiyn and never negative; the total is the sum of its parts.
ALTER TABLE "Invoice" ADD CONSTRAINT "custom_invoice_amounts" CHECK ("serviceFeeTiyn" >= 0 AND "stateDutyTiyn" >= 0 AND "totalTiyn" = "serviceFeeTiyn" + "stateDutyTiyn");

-- An appointment holds at least one place.
ALTER TABLE "Appointment" ADD CONSTRAINT "custom_appointment_seats" CHECK ("seats" >= 1);

-- The release job looks for unconfirmed BOOKED appointments by start time.
CREATE INDEX "custom_appointment_unconfirmed" ON "Appointment" ("startsAt") WHERE "status" = 'BOOKED' AND "confirmedAt" IS NULL;

-- CreateEnum
CREATE TYPE "PassportScanStatus" AS ENUM ('PENDING', 'READ', 'NOT_READABLE');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "sex" CHAR(1);

-- CreateTable
CREATE TABLE "PassportScan" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "documentFileId" TEXT,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "status" "PassportScanStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "result" JSONB,
    "confidence" INTEGER,
    "durationMs" INTEGER,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "PassportScan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportStageSpan" (
    "id" BIGSERIAL NOT NULL,
    "applicationId" TEXT NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "seconds" INTEGER,

    CONSTRAINT "ReportStageSpan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PassportScan_documentFileId_key" ON "PassportScan"("documentFileId");

-- CreateIndex
CREATE INDEX "PassportScan_status_nextAttemptAt_idx" ON "PassportScan"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "PassportScan_companyId_createdAt_idx" ON "PassportScan"("companyId", "createdAt");

-- CreateIndex
CREATE INDEX "ReportStageSpan_applicationId_endedAt_idx" ON "ReportStageSpan"("applicationId", "endedAt");

-- CreateIndex
CREATE INDEX "ReportStageSpan_endedAt_stage_serviceCode_seconds_idx" ON "ReportStageSpan"("endedAt", "stage", "serviceCode", "seconds");

-- CreateIndex
CREATE INDEX "Application_submittedAt_serviceCode_idx" ON "Application"("submittedAt", "serviceCode");

-- CreateIndex
CREATE INDEX "Application_status_statusChangedAt_serviceCode_dueDate_idx" ON "Application"("status", "statusChangedAt", "serviceCode", "dueDate");

-- CreateIndex
CREATE INDEX "Invoice_issuedAt_idx" ON "Invoice"("issuedAt");

-- AddForeignKey
ALTER TABLE "PassportScan" ADD CONSTRAINT "PassportScan_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PassportScan" ADD CONSTRAINT "PassportScan_documentFileId_fkey" FOREIGN KEY ("documentFileId") REFERENCES "DocumentFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written only (objects named custom_*). See docs/decisions/015-reports-and-passport-reading.md.

-- Stage spans for the reports, kept from the audit trail. One open span per application; a step
-- into the same stage (an appointment booked while already waiting for one) keeps the span open.
CREATE FUNCTION "custom_report_stage_apply"(app_id text, act text, to_status text, at timestamp(3)) RETURNS void AS $$
DECLARE
  next_stage text;
  open_stage text;
  service text;
BEGIN
  SELECT "stage" INTO open_stage FROM "ReportStageSpan" WHERE "applicationId" = app_id AND "endedAt" IS NULL;
  IF act = 'CONFIRM_PAYMENT' THEN
    IF open_stage IS DISTINCT FROM 'WAITING_FOR_PAYMENT' THEN RETURN; END IF;
    next_stage := 'WAITING_FOR_APPOINTMENT';
  ELSIF to_status IS NULL THEN
    RETURN;
  ELSE
    next_stage := CASE to_status
      WHEN 'SUBMITTED' THEN 'WAITING_FOR_REVIEW'
      WHEN 'IN_REVIEW' THEN 'IN_REVIEW'
      WHEN 'CHANGES_REQUESTED' THEN 'CHANGES_REQUESTED'
      -- Back from a cancelled or missed appointment: already paid, so waiting for the appointment again.
      WHEN 'DOCUMENTS_APPROVED' THEN CASE WHEN open_stage = 'WAITING_FOR_APPOINTMENT'
          OR EXISTS (SELECT 1 FROM "Invoice" i WHERE i."applicationId" = app_id AND i."status" = 'PAID')
        THEN 'WAITING_FOR_APPOINTMENT' ELSE 'WAITING_FOR_PAYMENT' END
      WHEN 'APPOINTMENT_BOOKED' THEN 'WAITING_FOR_APPOINTMENT'
      WHEN 'IN_PROCESSING' THEN 'IN_PROCESSING'
      ELSE NULL -- a draft or a final status: the open span only closes
    END;
  END IF;
  IF next_stage IS NOT NULL AND open_stage IS NOT DISTINCT FROM next_stage THEN RETURN; END IF;
  UPDATE "ReportStageSpan" SET "endedAt" = at, "seconds" = GREATEST(0, floor(EXTRACT(EPOCH FROM at - "startedAt")))::int
    WHERE "applicationId" = app_id AND "endedAt" IS NULL;
  IF next_stage IS NOT NULL THEN
    SELECT "serviceCode" INTO service FROM "Application" WHERE "id" = app_id;
    IF service IS NOT NULL THEN
      INSERT INTO "ReportStageSpan" ("applicationId", "serviceCode", "stage", "startedAt") VALUES (app_id, service, next_stage, at);
    END IF;
  END IF;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION "custom_report_stage_span"() RETURNS trigger AS $$
BEGIN
  IF NEW."applicationId" IS NOT NULL AND (NEW."toStatus" IS NOT NULL OR NEW."action" = 'CONFIRM_PAYMENT') THEN
    PERFORM "custom_report_stage_apply"(NEW."applicationId", NEW."action", NEW."toStatus", NEW."createdAt");
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "custom_report_stage_span" AFTER INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "custom_report_stage_span"();

-- The history recorded before this migration.
DO $$
DECLARE e record;
BEGIN
  FOR e IN SELECT "applicationId", "action", "toStatus", "createdAt" FROM "AuditEvent"
           WHERE "applicationId" IS NOT NULL AND ("toStatus" IS NOT NULL OR "action" = 'CONFIRM_PAYMENT') ORDER BY "id" LOOP
    PERFORM "custom_report_stage_apply"(e."applicationId", e."action", e."toStatus", e."createdAt");
  END LOOP;
END $$;

-- At most one open span per application.
CREATE UNIQUE INDEX "custom_report_stage_span_open" ON "ReportStageSpan" ("applicationId") WHERE "endedAt" IS NULL;

ALTER TABLE "PassportScan" ADD CONSTRAINT "custom_passport_scan_confidence" CHECK ("confidence" IS NULL OR "confidence" BETWEEN 0 AND 100);
ALTER TABLE "Person" ADD CONSTRAINT "custom_person_sex" CHECK ("sex" IS NULL OR "sex" IN ('M', 'F', 'X'));

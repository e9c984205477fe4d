-- CreateTable
CREATE TABLE "ReportDailyTotal" (
    "day" DATE NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "completed" INTEGER NOT NULL DEFAULT 0,
    "completedWithDeadline" INTEGER NOT NULL DEFAULT 0,
    "completedOnTime" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "lapsed" INTEGER NOT NULL DEFAULT 0,
    "invoiced" INTEGER NOT NULL DEFAULT 0,
    "invoicedFeeTiyn" BIGINT NOT NULL DEFAULT 0,
    "invoicedTotalTiyn" BIGINT NOT NULL DEFAULT 0,
    "paid" INTEGER NOT NULL DEFAULT 0,
    "paidFeeTiyn" BIGINT NOT NULL DEFAULT 0,
    "paidTotalTiyn" BIGINT NOT NULL DEFAULT 0,
    "appointmentsBooked" INTEGER NOT NULL DEFAULT 0,
    "appointmentsAttended" INTEGER NOT NULL DEFAULT 0,
    "appointmentsNoShow" INTEGER NOT NULL DEFAULT 0,
    "appointmentsCancelled" INTEGER NOT NULL DEFAULT 0,
    "seatsBooked" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportDailyTotal_pkey" PRIMARY KEY ("day","serviceCode")
);

-- CreateTable
CREATE TABLE "ReportStageHistogram" (
    "serviceCode" TEXT NOT NULL,
    "grain" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "stage" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportStageHistogram_pkey" PRIMARY KEY ("serviceCode","grain","period","stage","bucket")
);

-- Hand-written (objects named custom_*; the schema-equivalence test skips them). Issue 18: reports
-- over a year of 100,000 applications in < 300 ms. See docs/decisions/019-report-summaries.md.
-- Every trigger is statement-level and adds the NET change only: an update that moves no figure
-- (a booking that keeps the status, a search-text refresh) touches no summary row, so it takes no
-- extra lock. Rows are upserted in key order so two writers never wait on each other crosswise.

-- The Astana calendar day of a stored (UTC) timestamp: the day a report puts the event in.
CREATE FUNCTION "custom_centre_day"(at timestamp) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ((at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Almaty')::date
$$;

-- One change to ReportDailyTotal (same columns, same order as the upsert below).
CREATE TYPE "custom_report_daily_delta" AS (
  day date, service text,
  received int, completed int, completed_with_deadline int, completed_on_time int, rejected int, withdrawn int, lapsed int,
  invoiced int, invoiced_fee bigint, invoiced_total bigint, paid int, paid_fee bigint, paid_total bigint,
  booked int, attended int, no_show int, cancelled int, seats int
);

CREATE FUNCTION "custom_report_daily_add"(deltas "custom_report_daily_delta"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ReportDailyTotal" AS t ("day", "serviceCode", "received", "completed", "completedWithDeadline", "completedOnTime",
    "rejected", "withdrawn", "lapsed", "invoiced", "invoicedFeeTiyn", "invoicedTotalTiyn", "paid", "paidFeeTiyn", "paidTotalTiyn",
    "appointmentsBooked", "appointmentsAttended", "appointmentsNoShow", "appointmentsCancelled", "seatsBooked")
  SELECT day, service, sum(received), sum(completed), sum(completed_with_deadline), sum(completed_on_time),
    sum(rejected), sum(withdrawn), sum(lapsed), sum(invoiced), sum(invoiced_fee), sum(invoiced_total), sum(paid), sum(paid_fee), sum(paid_total),
    sum(booked), sum(attended), sum(no_show), sum(cancelled), sum(seats)
  FROM unnest(deltas)
  GROUP BY day, service
  HAVING sum(received) <> 0 OR sum(completed) <> 0 OR sum(completed_with_deadline) <> 0 OR sum(completed_on_time) <> 0
    OR sum(rejected) <> 0 OR sum(withdrawn) <> 0 OR sum(lapsed) <> 0 OR sum(invoiced) <> 0 OR sum(invoiced_fee) <> 0
    OR sum(invoiced_total) <> 0 OR sum(paid) <> 0 OR sum(paid_fee) <> 0 OR sum(paid_total) <> 0 OR sum(booked) <> 0
    OR sum(attended) <> 0 OR sum(no_show) <> 0 OR sum(cancelled) <> 0 OR sum(seats) <> 0
  ORDER BY day, service
  ON CONFLICT ("day", "serviceCode") DO UPDATE SET
    "received" = t."received" + EXCLUDED."received", "completed" = t."completed" + EXCLUDED."completed",
    "completedWithDeadline" = t."completedWithDeadline" + EXCLUDED."completedWithDeadline",
    "completedOnTime" = t."completedOnTime" + EXCLUDED."completedOnTime", "rejected" = t."rejected" + EXCLUDED."rejected",
    "withdrawn" = t."withdrawn" + EXCLUDED."withdrawn", "lapsed" = t."lapsed" + EXCLUDED."lapsed",
    "invoiced" = t."invoiced" + EXCLUDED."invoiced", "invoicedFeeTiyn" = t."invoicedFeeTiyn" + EXCLUDED."invoicedFeeTiyn",
    "invoicedTotalTiyn" = t."invoicedTotalTiyn" + EXCLUDED."invoicedTotalTiyn", "paid" = t."paid" + EXCLUDED."paid",
    "paidFeeTiyn" = t."paidFeeTiyn" + EXCLUDED."paidFeeTiyn", "paidTotalTiyn" = t."paidTotalTiyn" + EXCLUDED."paidTotalTiyn",
    "appointmentsBooked" = t."appointmentsBooked" + EXCLUDED."appointmentsBooked",
    "appointmentsAttended" = t."appointmentsAttended" + EXCLUDED."appointmentsAttended",
    "appointmentsNoShow" = t."appointmentsNoShow" + EXCLUDED."appointmentsNoShow",
    "appointmentsCancelled" = t."appointmentsCancelled" + EXCLUDED."appointmentsCancelled",
    "seatsBooked" = t."seatsBooked" + EXCLUDED."seatsBooked"
$$;

-- What one application row contributes (sign +1 for the new row, -1 for the old one): received on
-- the day it was first submitted; finished (and, if completed, measured against its due date) on
-- the day it reached its final status.
CREATE FUNCTION "custom_report_application_delta"(a "Application", sign int) RETURNS SETOF "custom_report_daily_delta" LANGUAGE sql IMMUTABLE AS $$
  SELECT ROW("custom_centre_day"(a."submittedAt"), a."serviceCode", sign, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)::"custom_report_daily_delta"
  WHERE a."submittedAt" IS NOT NULL
  UNION ALL
  SELECT ROW("custom_centre_day"(a."statusChangedAt"), a."serviceCode", 0,
    sign * (a."status" = 'COMPLETED')::int,
    sign * (a."status" = 'COMPLETED' AND a."dueDate" IS NOT NULL)::int,
    sign * (a."status" = 'COMPLETED' AND a."dueDate" IS NOT NULL AND "custom_centre_day"(a."statusChangedAt") <= a."dueDate")::int,
    sign * (a."status" = 'REJECTED')::int, sign * (a."status" = 'WITHDRAWN')::int, sign * (a."status" = 'LAPSED')::int,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)::"custom_report_daily_delta"
  WHERE a."status" IN ('COMPLETED', 'REJECTED', 'WITHDRAWN', 'LAPSED')
$$;

-- An invoice counts under its application's service: issued on its issue day, confirmed on its payment day.
CREATE FUNCTION "custom_report_invoice_delta"(i "Invoice", sign int) RETURNS SETOF "custom_report_daily_delta" LANGUAGE sql STABLE AS $$
  SELECT ROW("custom_centre_day"(i."issuedAt"), a."serviceCode", 0, 0, 0, 0, 0, 0, 0,
    sign, sign * i."serviceFeeTiyn"::bigint, sign * i."totalTiyn"::bigint, 0, 0, 0, 0, 0, 0, 0, 0)::"custom_report_daily_delta"
  FROM "Application" a WHERE a."id" = i."applicationId"
  UNION ALL
  SELECT ROW("custom_centre_day"(i."paidAt"), a."serviceCode", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    sign, sign * i."serviceFeeTiyn"::bigint, sign * i."totalTiyn"::bigint, 0, 0, 0, 0, 0)::"custom_report_daily_delta"
  FROM "Application" a WHERE a."id" = i."applicationId" AND i."status" = 'PAID' AND i."paidAt" IS NOT NULL
$$;

-- An appointment counts on the day it is for, by its status; seats of the ones not cancelled.
CREATE FUNCTION "custom_report_appointment_delta"(p "Appointment", sign int) RETURNS SETOF "custom_report_daily_delta" LANGUAGE sql STABLE AS $$
  SELECT ROW("custom_centre_day"(p."startsAt"), a."serviceCode", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    sign * (p."status" = 'BOOKED')::int, sign * (p."status" = 'ATTENDED')::int, sign * (p."status" = 'NO_SHOW')::int,
    sign * (p."status" = 'CANCELLED')::int, sign * CASE WHEN p."status" = 'CANCELLED' THEN 0 ELSE p."seats" END)::"custom_report_daily_delta"
  FROM "Application" a WHERE a."id" = p."applicationId"
$$;

-- The three statement triggers (transition tables exist only for the operations that have them).
CREATE FUNCTION "custom_report_application_totals"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas "custom_report_daily_delta"[];
BEGIN
  IF TG_OP <> 'DELETE' THEN deltas := ARRAY(SELECT d FROM new_rows r, "custom_report_application_delta"(r, 1) d); END IF;
  IF TG_OP <> 'INSERT' THEN deltas := deltas || ARRAY(SELECT d FROM old_rows r, "custom_report_application_delta"(r, -1) d); END IF;
  PERFORM "custom_report_daily_add"(deltas);
  RETURN NULL;
END $$;
CREATE FUNCTION "custom_report_invoice_totals"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas "custom_report_daily_delta"[];
BEGIN
  IF TG_OP <> 'DELETE' THEN deltas := ARRAY(SELECT d FROM new_rows r, "custom_report_invoice_delta"(r, 1) d); END IF;
  IF TG_OP <> 'INSERT' THEN deltas := deltas || ARRAY(SELECT d FROM old_rows r, "custom_report_invoice_delta"(r, -1) d); END IF;
  PERFORM "custom_report_daily_add"(deltas);
  RETURN NULL;
END $$;
CREATE FUNCTION "custom_report_appointment_totals"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas "custom_report_daily_delta"[];
BEGIN
  IF TG_OP <> 'DELETE' THEN deltas := ARRAY(SELECT d FROM new_rows r, "custom_report_appointment_delta"(r, 1) d); END IF;
  IF TG_OP <> 'INSERT' THEN deltas := deltas || ARRAY(SELECT d FROM old_rows r, "custom_report_appointment_delta"(r, -1) d); END IF;
  PERFORM "custom_report_daily_add"(deltas);
  RETURN NULL;
END $$;

CREATE TRIGGER "custom_report_application_totals_ins" AFTER INSERT ON "Application"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_application_totals"();
CREATE TRIGGER "custom_report_application_totals_upd" AFTER UPDATE ON "Application"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_application_totals"();
CREATE TRIGGER "custom_report_application_totals_del" AFTER DELETE ON "Application"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_application_totals"();
CREATE TRIGGER "custom_report_invoice_totals_ins" AFTER INSERT ON "Invoice"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_invoice_totals"();
CREATE TRIGGER "custom_report_invoice_totals_upd" AFTER UPDATE ON "Invoice"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_invoice_totals"();
CREATE TRIGGER "custom_report_invoice_totals_del" AFTER DELETE ON "Invoice"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_invoice_totals"();
CREATE TRIGGER "custom_report_appointment_totals_ins" AFTER INSERT ON "Appointment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_appointment_totals"();
CREATE TRIGGER "custom_report_appointment_totals_upd" AFTER UPDATE ON "Appointment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_appointment_totals"();
CREATE TRIGGER "custom_report_appointment_totals_del" AFTER DELETE ON "Appointment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_appointment_totals"();

-- Stage durations: the bucket of a span (~13 % wide; monotonic in seconds, so ordering by
-- (bucket, seconds) is ordering by seconds).
CREATE FUNCTION "custom_report_bucket"(seconds int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT floor(ln(1 + greatest(seconds, 0)::float8) * 8)::int
$$;

CREATE TYPE "custom_report_stage_delta" AS (service text, grain text, period date, stage text, bucket int, n int);

-- A finished span counts for its service and for all services ('*'), on its Astana end day and in that month.
CREATE FUNCTION "custom_report_span_delta"(s "ReportStageSpan", sign int) RETURNS SETOF "custom_report_stage_delta" LANGUAGE sql IMMUTABLE AS $$
  SELECT ROW(svc, g.grain, g.period, s."stage", "custom_report_bucket"(s."seconds"), sign)::"custom_report_stage_delta"
  FROM (VALUES (s."serviceCode"), ('*')) AS v(svc),
       (VALUES ('D', "custom_centre_day"(s."endedAt")), ('M', date_trunc('month', "custom_centre_day"(s."endedAt"))::date)) AS g(grain, period)
  WHERE s."endedAt" IS NOT NULL AND s."seconds" IS NOT NULL
$$;

CREATE FUNCTION "custom_report_stage_histogram"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas "custom_report_stage_delta"[];
BEGIN
  IF TG_OP <> 'DELETE' THEN deltas := ARRAY(SELECT d FROM new_rows r, "custom_report_span_delta"(r, 1) d); END IF;
  IF TG_OP <> 'INSERT' THEN deltas := deltas || ARRAY(SELECT d FROM old_rows r, "custom_report_span_delta"(r, -1) d); END IF;
  INSERT INTO "ReportStageHistogram" AS h ("serviceCode", "grain", "period", "stage", "bucket", "count")
  SELECT service, grain, period, stage, bucket, sum(n) FROM unnest(deltas)
  GROUP BY service, grain, period, stage, bucket HAVING sum(n) <> 0
  ORDER BY service, grain, period, stage, bucket
  ON CONFLICT ("serviceCode", "grain", "period", "stage", "bucket") DO UPDATE SET "count" = h."count" + EXCLUDED."count";
  RETURN NULL;
END $$;
CREATE TRIGGER "custom_report_stage_histogram_ins" AFTER INSERT ON "ReportStageSpan"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_stage_histogram"();
CREATE TRIGGER "custom_report_stage_histogram_upd" AFTER UPDATE ON "ReportStageSpan"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_stage_histogram"();
CREATE TRIGGER "custom_report_stage_histogram_del" AFTER DELETE ON "ReportStageSpan"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_stage_histogram"();

-- TRUNCATE fires no row or statement change triggers with rows: start the summaries afresh.
CREATE FUNCTION "custom_report_summaries_reset"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'ReportStageSpan' THEN DELETE FROM "ReportStageHistogram";
  ELSIF TG_TABLE_NAME = 'Application' THEN DELETE FROM "ReportDailyTotal";
  ELSIF TG_TABLE_NAME = 'Invoice' THEN
    UPDATE "ReportDailyTotal" SET "invoiced" = 0, "invoicedFeeTiyn" = 0, "invoicedTotalTiyn" = 0, "paid" = 0, "paidFeeTiyn" = 0, "paidTotalTiyn" = 0;
  ELSE
    UPDATE "ReportDailyTotal" SET "appointmentsBooked" = 0, "appointmentsAttended" = 0, "appointmentsNoShow" = 0, "appointmentsCancelled" = 0, "seatsBooked" = 0;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "custom_report_summaries_reset" AFTER TRUNCATE ON "Application" FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_summaries_reset"();
CREATE TRIGGER "custom_report_summaries_reset" AFTER TRUNCATE ON "Invoice" FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_summaries_reset"();
CREATE TRIGGER "custom_report_summaries_reset" AFTER TRUNCATE ON "Appointment" FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_summaries_reset"();
CREATE TRIGGER "custom_report_summaries_reset" AFTER TRUNCATE ON "ReportStageSpan" FOR EACH STATEMENT EXECUTE FUNCTION "custom_report_summaries_reset"();

-- Exact percentiles: the values inside one bucket, in order, for a period and service (index-only).
CREATE INDEX "custom_report_stage_span_rank" ON "ReportStageSpan" ("stage", "custom_report_bucket"("seconds"), "seconds", "endedAt", "serviceCode")
  WHERE "endedAt" IS NOT NULL AND "seconds" IS NOT NULL;

-- The list of late completions: only the late ones are in this index, with what the list shows
-- (the company name comes from its primary key).
CREATE INDEX "custom_report_late_completion" ON "Application" ("statusChangedAt", "id")
  INCLUDE ("number", "serviceCode", "companyId", "dueDate")
  WHERE "status" = 'COMPLETED' AND "dueDate" IS NOT NULL AND "custom_centre_day"("statusChangedAt") > "dueDate";

-- What is already recorded.
SELECT "custom_report_daily_add"(ARRAY(SELECT d FROM "Application" r, "custom_report_application_delta"(r, 1) d));
SELECT "custom_report_daily_add"(ARRAY(SELECT d FROM "Invoice" r, "custom_report_invoice_delta"(r, 1) d));
SELECT "custom_report_daily_add"(ARRAY(SELECT d FROM "Appointment" r, "custom_report_appointment_delta"(r, 1) d));
INSERT INTO "ReportStageHistogram" ("serviceCode", "grain", "period", "stage", "bucket", "count")
  SELECT d.service, d.grain, d.period, d.stage, d.bucket, sum(d.n) FROM "ReportStageSpan" r, "custom_report_span_delta"(r, 1) d
  GROUP BY d.service, d.grain, d.period, d.stage, d.bucket;

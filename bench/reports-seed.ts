import pg from "pg";

// On top of the queue bench's 100,000 applications (queue-seed.ts): what the reports read. Deadlines
// for finished ones (most met, some late), stage spans (as the audit trigger keeps them), invoices
// for everything past document approval, and a year of booking slots with appointments.

const SQL = `
UPDATE "Application" SET "dueDate" = (("statusChangedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Almaty')::date + ((hashtext(id) & 15) - 3)
WHERE status IN ('COMPLETED', 'REJECTED');

INSERT INTO "ReportStageSpan" ("applicationId", "serviceCode", "stage", "startedAt", "endedAt", "seconds")
SELECT a.id, a."serviceCode", s.stage,
       a."submittedAt" + s.start_offset * interval '1 second',
       a."submittedAt" + (s.start_offset + s.len) * interval '1 second', s.len
FROM "Application" a
CROSS JOIN LATERAL (VALUES
  ('WAITING_FOR_REVIEW', 0, 3600 + (hashtext(a.id || 'r') & 262143)),
  ('IN_REVIEW', 300000, 1800 + (hashtext(a.id || 'i') & 131071)),
  ('WAITING_FOR_PAYMENT', 500000, 7200 + (hashtext(a.id || 'p') & 524287)),
  ('WAITING_FOR_APPOINTMENT', 1100000, 86400 + (hashtext(a.id || 'a') & 524287)),
  ('IN_PROCESSING', 1700000, 86400 + (hashtext(a.id || 'x') & 1048575))
) AS s(stage, start_offset, len)
WHERE a.status IN ('COMPLETED', 'REJECTED');

-- The invoice is the centre's service fee alone; the state duty is paid to the budget apart (issue 15, 6.P1).
INSERT INTO "Invoice" ("id", "number", "applicationId", "serviceFeeTiyn", "stateDutyTiyn", "totalTiyn", "filedOn", "issuedAt", "status", "paidAt")
SELECT 'bench-inv-' || a.id, 'INV-B-' || a.id, a.id, 36000000, 216250, 36000000, a."submittedAt"::date, a."submittedAt" + interval '2 days',
       CASE WHEN a.status = 'DOCUMENTS_APPROVED' THEN 'AWAITING_PAYMENT' ELSE 'PAID' END::"InvoiceStatus",
       CASE WHEN a.status = 'DOCUMENTS_APPROVED' THEN NULL ELSE a."submittedAt" + interval '3 days' END
FROM "Application" a WHERE a.status IN ('DOCUMENTS_APPROVED', 'APPOINTMENT_BOOKED', 'IN_PROCESSING', 'COMPLETED', 'REJECTED');

INSERT INTO "BookingSlot" ("id", "startsAt", "capacity", "booked")
SELECT 'bench-slot-' || g, date_trunc('day', now()) - interval '365 days' + (g / 16) * interval '1 day' + interval '4 hours' + (g % 16) * interval '30 minutes', 3, 0
FROM generate_series(0, 365 * 16 - 1) g;

INSERT INTO "Appointment" ("id", "applicationId", "slotId", "startsAt", "status")
SELECT 'bench-ap-' || a.id, a.id, 'bench-slot-' || (abs(hashtext(a.id)) % (365 * 16)), s."startsAt",
       (CASE WHEN hashtext(a.id || 'n') & 15 = 0 THEN 'NO_SHOW' WHEN hashtext(a.id || 'n') & 15 = 1 THEN 'CANCELLED' ELSE 'ATTENDED' END)::"AppointmentStatus"
FROM "Application" a JOIN "BookingSlot" s ON s.id = 'bench-slot-' || (abs(hashtext(a.id)) % (365 * 16))
WHERE a.status IN ('IN_PROCESSING', 'COMPLETED', 'REJECTED');
`;

export async function seedReportsBench(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(SQL);
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
}

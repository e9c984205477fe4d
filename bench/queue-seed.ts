import pg from "pg";

// Bulk data for the queue benchmark, generated inside PostgreSQL with generate_series: 100,000
// applications take a few seconds this way instead of minutes of row-by-row inserts. The mix of
// statuses is roughly a busy year: half finished, the rest spread over the open states.

export const BENCH_STAFF_ID = "bench-staff-1";

const SQL = (rows: number, companies: number) => `
INSERT INTO "Company" ("id", "name", "bin")
SELECT 'bench-co-' || g,
       (ARRAY['Astana','Steppe','Baiterek','Nomad','Altyn','Caspian','Tengri','Silk Road'])[1 + g % 8] || ' ' ||
       (ARRAY['Capital','Partners','Holdings','Advisory','Energy','Fintech','Legal','Ventures'])[1 + (g / 8) % 8] || ' ' || g || ' Ltd.',
       lpad(g::text, 12, '0')
FROM generate_series(1, ${companies}) g;

INSERT INTO "User" ("id", "email", "passwordHash", "name", "role", "companyId")
SELECT 'bench-app-' || g, 'applicant' || g || '@bench.example', '!', 'Applicant ' || g, 'APPLICANT', 'bench-co-' || g
FROM generate_series(1, ${companies}) g;

INSERT INTO "User" ("id", "email", "passwordHash", "name", "role")
SELECT 'bench-staff-' || g, 'staff' || g || '@bench.example', '!', 'Staff ' || g, 'STAFF'
FROM generate_series(1, 20) g;

INSERT INTO "Person" ("id", "companyId", "fullName", "citizenship", "dateOfBirth", "passportNumber", "passportIssuedOn", "passportExpiresOn", "updatedAt")
SELECT 'bench-p-' || g, 'bench-co-' || (1 + g % ${companies}),
       (ARRAY['JOHN','MARIA','WEI','AHMED','ANNA','DAVID','FATIMA','IVAN','LUCA','SOFIA','OLIVER','MEI'])[1 + g % 12] || ' ' ||
       (ARRAY['SMITH','MULLER','CHEN','KHAN','ROSSI','GARCIA','IVANOV','NOVAK','SATO','BROWN','SILVA','KIM','LEE','PATEL','COHEN'])[1 + (g * 7) % 15] || ' ' || g,
       'GB', DATE '1980-01-01' + (g % 9000), 'P' || lpad(g::text, 8, '0'), DATE '2022-01-01', DATE '2032-01-01', now()
FROM generate_series(1, ${rows}) g;

INSERT INTO "Application" ("id", "number", "companyId", "serviceCode", "status", "statusChangedAt", "submittedAt", "dueDate",
                           "assigneeId", "createdById", "answers", "tariffSnapshot", "peopleSnapshot", "updatedAt")
SELECT 'bench-a-' || lpad(g::text, 7, '0'),
       CASE WHEN s.status = 'DRAFT' THEN NULL ELSE 'EC-2025-' || lpad(g::text, 6, '0') END,
       'bench-co-' || (1 + g % ${companies}),
       (ARRAY['WORK_VISA','WORK_VISA_INVITATION','TRP','INVESTOR_VISA','BUSINESS_VISA_B2','IIN','VISA_EXTENSION_C3','ARRIVAL_NOTIFICATION'])[1 + g % 8],
       s.status::"ApplicationStatus",
       now() - ((g::bigint * 7919) % 31536000) * interval '1 second',
       now() - ((g::bigint * 7919) % 31536000 + 86400) * interval '1 second',
       CASE WHEN s.status = 'IN_PROCESSING' THEN current_date + (g % 30 - 8) END,
       CASE WHEN g % 3 = 0 THEN 'bench-staff-' || (1 + g % 20) END,
       'bench-app-' || (1 + g % ${companies}),
       '{}'::jsonb,
       jsonb_build_object('serviceFeeTiyn', 36000000, 'totalTiyn', 36216250, 'feeOption', 'STANDARD'),
       jsonb_build_array(jsonb_build_object('personId', 'bench-p-' || g, 'fullName', p."fullName", 'passportNumber', p."passportNumber", 'isPrincipal', true)),
       now()
FROM generate_series(1, ${rows}) g
JOIN "Person" p ON p."id" = 'bench-p-' || g
CROSS JOIN LATERAL (SELECT CASE
  WHEN g % 100 < 2 THEN 'DRAFT' WHEN g % 100 < 10 THEN 'SUBMITTED' WHEN g % 100 < 15 THEN 'IN_REVIEW'
  WHEN g % 100 < 20 THEN 'CHANGES_REQUESTED' WHEN g % 100 < 25 THEN 'DOCUMENTS_APPROVED' WHEN g % 100 < 30 THEN 'APPOINTMENT_BOOKED'
  WHEN g % 100 < 40 THEN 'IN_PROCESSING' WHEN g % 100 < 90 THEN 'COMPLETED' WHEN g % 100 < 95 THEN 'REJECTED' ELSE 'WITHDRAWN' END AS status) s;

INSERT INTO "ApplicationPerson" ("applicationId", "personId", "isPrincipal")
SELECT 'bench-a-' || lpad(g::text, 7, '0'), 'bench-p-' || g, true FROM generate_series(1, ${rows}) g;
`;

export async function seedQueueBench(url: string, rows: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(SQL(rows, Math.max(10, Math.round(rows / 50))));
    // As autovacuum would leave a live table: statistics, and a visibility map for index-only scans.
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
}

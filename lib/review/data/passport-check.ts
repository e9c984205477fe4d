import "server-only";
import { prisma } from "@/lib/db/client";
import { comparePassport, type ComparisonRow, type RegisterEntry } from "@/lib/passport/compare";
import type { MrzResult } from "@/lib/passport/mrz-result";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";

// The reviewer's passport check (issue 18): for every current file in the application's passport
// slots, what the background reader found, compared with the register entry of the person it
// belongs to (the application's person whose data it matches best; the principal on a tie).

export type PassportCheckScan = {
  scanId: string;
  fileId: string;
  fileName: string;
  documentCode: string;
  status: "PENDING" | "READ" | "NOT_READABLE";
  confidence: number | null;
  mrz: MrzResult | null;
  person: { id: string; fullName: string } | null;
  rows: ComparisonRow[];
};

const iso = (date: Date) => date.toISOString().slice(0, 10);

type PersonRow = {
  id: string;
  fullName: string;
  citizenship: string;
  dateOfBirth: Date;
  passportNumber: string;
  passportExpiresOn: Date;
  sex: string | null;
};

export function registerEntry(person: PersonRow): RegisterEntry {
  return {
    fullName: person.fullName,
    citizenship: person.citizenship,
    dateOfBirth: iso(person.dateOfBirth),
    passportNumber: person.passportNumber,
    passportExpiresOn: iso(person.passportExpiresOn),
    sex: person.sex,
  };
}

function bestMatch(mrz: MrzResult, people: (PersonRow & { isPrincipal: boolean })[]) {
  let best: { person: (typeof people)[number]; rows: ComparisonRow[]; score: number } | null = null;
  for (const person of people) {
    const rows = comparePassport(mrz, registerEntry(person));
    const score = rows.filter((row) => row.outcome === "match").length * 2 + (person.isPrincipal ? 1 : 0);
    if (!best || score > best.score) best = { person, rows, score };
  }
  return best;
}

export async function getPassportCheck(actor: CurrentUser, applicationId: string): Promise<PassportCheckScan[]> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const application = await prisma.application.findFirst({
    where: { id: applicationId, status: { not: "DRAFT" } },
    select: {
      people: {
        select: {
          isPrincipal: true,
          person: {
            select: {
              id: true,
              fullName: true,
              citizenship: true,
              dateOfBirth: true,
              passportNumber: true,
              passportExpiresOn: true,
              sex: true,
            },
          },
        },
      },
      documents: {
        where: { code: { contains: "PASSPORT" } },
        select: {
          code: true,
          files: {
            where: { supersededAt: null, passportScan: { isNot: null } },
            orderBy: { createdAt: "asc" },
            select: { id: true, originalName: true, passportScan: { select: { id: true, status: true, confidence: true, result: true } } },
          },
        },
      },
    },
  });
  if (!application) return [];
  const people = application.people.map(({ isPrincipal, person }) => ({ ...person, isPrincipal }));
  return application.documents.flatMap((document) =>
    document.files.map((file): PassportCheckScan => {
      const scan = file.passportScan!;
      const mrz = scan.status === "READ" ? (scan.result as unknown as MrzResult) : null;
      const match = mrz ? bestMatch(mrz, people) : null;
      return {
        scanId: scan.id,
        fileId: file.id,
        fileName: file.originalName,
        documentCode: document.code,
        status: scan.status,
        confidence: scan.confidence,
        mrz,
        person: match ? { id: match.person.id, fullName: match.person.fullName } : null,
        rows: match?.rows ?? [],
      };
    }),
  );
}

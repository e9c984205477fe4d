import { z } from "zod";

// The parsers of the application's JSON columns: the people and tariff frozen at submission
// (written by lib/applications/data/application-submit.ts). Every reader goes through them instead of a cast.
// Read defensively: a snapshot from an older version that lacks a field shows what it has instead
// of failing.

const person = z.object({
  personId: z.string().optional(),
  fullName: z.string(),
  citizenship: z.string().nullish(),
  passportNumber: z.string().nullish(),
  passportExpiresOn: z.string().nullish(),
  dateOfBirth: z.string().nullish(),
  isPrincipal: z.boolean().nullish(),
  relationship: z.string().nullish(),
});
export type PersonSnapshot = z.infer<typeof person>;

const tiyn = z.number().int();
const tariff = z.object({
  serviceFeeTiyn: tiyn,
  stateDuty: z
    .object({ mrpTenths: z.number().int(), mrpValueTiyn: tiyn, amountTiyn: tiyn, mrpYear: z.number().int().optional() })
    .nullish(),
  // Written before issue 15 (fee + duty); never shown: the centre's part is serviceFeeTiyn.
  totalTiyn: tiyn.optional(),
  mrpYear: z.number().int().nullish(),
  feeOption: z.string().nullish(),
  validityBand: z.string().nullish(),
  /** The filing date the duty's MRP year was taken from ('YYYY-MM-DD'); absent in early snapshots. */
  filedOn: z.string().optional(),
});
export type TariffSnapshot = z.infer<typeof tariff>;

/** Principal first, then family members, in the order they were filed. */
export function parsePeopleSnapshot(json: unknown): PersonSnapshot[] {
  const parsed = z.array(z.unknown()).safeParse(json);
  if (!parsed.success) return [];
  const people = parsed.data.flatMap((entry) => {
    const one = person.safeParse(entry);
    return one.success ? [one.data] : [];
  });
  return [...people.filter((p) => p.isPrincipal), ...people.filter((p) => !p.isPrincipal)];
}

export function parseTariffSnapshot(json: unknown): TariffSnapshot | null {
  const parsed = tariff.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** Answers as shown to staff: plain values only, in the stored order. */
export function answerEntries(json: unknown): [string, string | number | boolean][] {
  if (!json || typeof json !== "object" || Array.isArray(json)) return [];
  return Object.entries(json as Record<string, unknown>).filter((entry): entry is [string, string | number | boolean] =>
    ["string", "number", "boolean"].includes(typeof entry[1]),
  );
}

import { z } from "zod";

// Keyset pagination (no OFFSET: its cost grows with the page number). A cursor is the sort
// position of the last row shown, (rank, key, id); the next page starts strictly after it.
// The key is a decimal string (epoch seconds with milliseconds, possibly negative) so that it
// goes back to PostgreSQL as exactly the numeric it came from.
export type QueueCursor = { rank: number; key: string; id: string };

const cursorSchema = z.object({
  r: z.number().int().min(0).max(9),
  k: z.string().regex(/^-?\d{1,12}(\.\d{1,6})?$/),
  i: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/),
});

export function encodeCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify({ r: cursor.rank, k: cursor.key, i: cursor.id })).toString("base64url");
}

/** null for anything that is not a cursor we issued (a tampered or stale link shows page one). */
export function decodeCursor(value: string | null | undefined): QueueCursor | null {
  if (!value || value.length > 200) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? { rank: parsed.data.r, key: parsed.data.k, id: parsed.data.i } : null;
  } catch {
    return null;
  }
}

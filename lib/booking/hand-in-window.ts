import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { CalendarEntry, IsoDate } from "@/lib/catalog";
import { extensionWindowDates } from "@/lib/rules/extension-window";

type Db = Prisma.TransactionClient | PrismaClient;

export type HandInWindow = { from: IsoDate; until: IsoDate };

// The days on which an application's documents may be handed in at the centre. Only the visa
// extension limits them (L495: 30 to 5 working days before the visa expires, decision 007 6.P5);
// booking offers and accepts slots only inside it.

/** Pure: the window for a service and its answers, or null when any day will do. */
export function handInWindow(serviceCode: string, answers: unknown, calendar: readonly CalendarEntry[]): HandInWindow | null {
  if (!serviceCode.startsWith("VISA_EXTENSION")) return null;
  const expiry = answers && typeof answers === "object" ? (answers as Record<string, unknown>).visaExpiryDate : undefined;
  if (typeof expiry !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(expiry)) return null;
  const { opensOn, closesOn } = extensionWindowDates(expiry, calendar);
  return { from: opensOn, until: closesOn };
}

/**
 * The window of a stored application (not an authorization point: callers have scoped the id).
 * Only an extension has one, so other services cost no query inside the booking transaction.
 */
export async function loadHandInWindow(
  db: Db,
  target: { id: string; serviceCode: string },
  calendar: readonly CalendarEntry[],
): Promise<HandInWindow | null> {
  if (!target.serviceCode.startsWith("VISA_EXTENSION")) return null;
  const application = await db.application.findUnique({ where: { id: target.id }, select: { serviceCode: true, answers: true } });
  return application ? handInWindow(application.serviceCode, application.answers, calendar) : null;
}

import { prisma } from "@/lib/db/client";

/**
 * The number the database raises with every change of the MRP rates, the holidays or the service
 * settings (triggers of migration *_reference_data_version). A public page rendered at one number
 * is out of date at any other (lib/http/page-cache.mjs). No authorization: it is a counter, not data.
 */
export async function readReferenceDataVersion(): Promise<number> {
  const row = await prisma.referenceDataVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0;
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireArea } from "@/lib/auth/current-user";
import { setVaultValidity } from "@/lib/payments/data/company-vault";

const validitySchema = z.object({ versionId: z.string().min(1).max(40), validUntil: z.union([z.iso.date(), z.literal("")]) });

/** Sets (or, with an empty date, clears) the validity date of a vault document's current version. */
export async function setVaultValidityAction(formData: FormData): Promise<void> {
  const user = await requireArea("portal");
  const parsed = validitySchema.safeParse({ versionId: formData.get("versionId"), validUntil: formData.get("validUntil") ?? "" });
  if (!parsed.success) return;
  await setVaultValidity(user, parsed.data.versionId, parsed.data.validUntil || null);
  revalidatePath("/[locale]/portal/company-documents", "page");
}

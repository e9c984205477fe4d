"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireArea } from "@/lib/auth/current-user";
import { refusesNothing, runFormAction } from "@/lib/kernel/actions";
import { setVaultValidity } from "@/lib/payments/data/company-vault";

const validitySchema = z.object({ versionId: z.string().min(1).max(40), validUntil: z.union([z.iso.date(), z.literal("")]) });

/**
 * Sets (or, with an empty date, clears) the validity date of a vault document's current version.
 * Nothing is refused: a malformed form or another company's version changes nothing, as before.
 */
export async function setVaultValidityAction(formData: FormData): Promise<void> {
  await runFormAction({
    actor: () => requireArea("portal"),
    schema: validitySchema,
    input: { versionId: formData.get("versionId"), validUntil: formData.get("validUntil") ?? "" },
    run: (user, { versionId, validUntil }) => setVaultValidity(user, versionId, validUntil || null),
    invalid: () => ({ ok: false as const }),
    refused: refusesNothing,
    revalidate: () => revalidatePath("/[locale]/portal/company-documents", "page"),
  });
}

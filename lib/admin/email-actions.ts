"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireArea } from "@/lib/auth/current-user";
import { answerRefusals, runFormAction } from "@/lib/kernel/actions";
import type { ActionResult } from "@/lib/kernel/forms";
import { retryOutboxMessage } from "@/lib/admin/data/outbox-admin";
import { adminRefusal } from "@/lib/admin/errors";

const outboxIdSchema = z.string().max(64);

/** "Send again" for one e-mail: audited in lib/admin/data/outbox-admin.ts; refusals are AdminErrors. */
export async function retryEmailAction(id: string): Promise<ActionResult> {
  return runFormAction({
    actor: () => requireArea("admin"),
    schema: outboxIdSchema,
    input: id,
    run: retryOutboxMessage,
    invalid: (): ActionResult => ({ ok: false, formError: "review.errors.INVALID_INPUT" }),
    refused: answerRefusals(adminRefusal),
    revalidate: () => revalidatePath("/[locale]/admin/emails", "page"),
  });
}

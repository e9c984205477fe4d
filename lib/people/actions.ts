"use server";

import { revalidatePath } from "next/cache";
import { requireArea } from "@/lib/auth/current-user";
import { fieldErrorsOf, type FormResult } from "@/lib/auth/schemas";
import { createPerson, updatePerson } from "@/lib/data/people";
import { personSchema } from "./person-schema";

export type SavePersonResult = FormResult & { id?: string };

export async function savePersonAction(personId: string | null, input: unknown): Promise<SavePersonResult> {
  const user = await requireArea("portal");
  const parsed = personSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = personId ? await updatePerson(user, personId, parsed.data) : await createPerson(user, parsed.data);
  if (!outcome.ok) {
    return "notFound" in outcome ? { ok: false, formError: "applications.people.notFound" } : { ok: false, fieldErrors: { [outcome.field]: outcome.message } };
  }
  revalidatePath("/[locale]/portal/people", "page");
  return { ok: true, id: outcome.id };
}

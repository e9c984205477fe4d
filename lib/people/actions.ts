"use server";

import { revalidatePath } from "next/cache";
import { requireArea } from "@/lib/auth/current-user";
import { fieldErrorsOf, type FormResult } from "@/lib/kernel/forms";
import { getLocale } from "next-intl/server";
import { createPerson, removePerson, restorePerson, updatePerson } from "@/lib/people/data/people";
import { createExtensionDraft } from "@/lib/applications/data/extension-draft";
import { redirect } from "@/lib/i18n/navigation";
import { personSchema } from "./person-schema";

export type SavePersonResult = FormResult & { id?: string };

export async function savePersonAction(personId: string | null, input: unknown): Promise<SavePersonResult> {
  const user = await requireArea("portal");
  const parsed = personSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = personId ? await updatePerson(user, personId, parsed.data) : await createPerson(user, parsed.data);
  if (!outcome.ok) {
    return "notFound" in outcome
      ? { ok: false, formError: "applications.people.notFound" }
      : { ok: false, fieldErrors: { [outcome.field]: outcome.message } };
  }
  revalidatePath("/[locale]/portal/people", "page");
  return { ok: true, id: outcome.id };
}

/** Issue 17: delete (never filed) or archive (filed before) a person; the page explains which. */
export async function removePersonAction(personId: string): Promise<void> {
  const user = await requireArea("portal");
  const outcome = await removePerson(user, personId);
  revalidatePath("/[locale]/portal/people", "page");
  await go(`/portal/people?removed=${outcome.ok ? outcome.outcome : outcome.error}`);
}

export async function restorePersonAction(personId: string): Promise<void> {
  const user = await requireArea("portal");
  await restorePerson(user, personId);
  revalidatePath("/[locale]/portal/people", "page");
  await go("/portal/people?archived=1");
}

/** "Start the extension": a prefilled draft, opened at the details step. */
export async function startExtensionAction(personId: string): Promise<void> {
  const user = await requireArea("portal");
  const outcome = await createExtensionDraft(user, personId);
  if (!outcome.ok) return go(`/portal/people?removed=${outcome.error}`);
  return go(`/portal/applications/${outcome.id}/details`);
}

async function go(href: string): Promise<never> {
  return redirect({ href, locale: await getLocale() });
}

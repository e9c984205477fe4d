"use server";

import { revalidatePath } from "next/cache";
import { requireArea } from "@/lib/auth/current-user";
import { answerRefusals, runFormAction } from "@/lib/kernel/actions";
import { isAppError } from "@/lib/kernel/errors";
import { fieldErrorsOf, type FormResult } from "@/lib/kernel/forms";
import { getLocale } from "next-intl/server";
import { createPerson, removePerson, restorePerson, updatePerson } from "@/lib/people/data/people";
import { isPersonError, personRefusal } from "@/lib/people/errors";
import { createExtensionDraft } from "@/lib/applications/data/extension-draft";
import { redirect } from "@/lib/i18n/navigation";
import { personSchema } from "./person-schema";

export type SavePersonResult = FormResult & { id?: string };

export async function savePersonAction(personId: string | null, input: unknown): Promise<SavePersonResult> {
  return runFormAction({
    actor: () => requireArea("portal"),
    schema: personSchema,
    input,
    run: (user, values) => (personId ? updatePerson(user, personId, values) : createPerson(user, values)),
    invalid: (error) => ({ ok: false, fieldErrors: fieldErrorsOf(error) }),
    refused: answerRefusals(personRefusal),
    revalidate: () => revalidatePath("/[locale]/portal/people", "page"),
    answer: (id) => ({ id }),
  });
}

// The buttons below are plain <form action>s answered with a redirect, not form answers: the
// list page shows the outcome from its URL (?removed=<outcome or PersonError code>). They are not
// on runFormAction: their only input is the id bound on the server (the data function scopes it to
// the company), and their only answer is that redirect, which Next performs by throwing.

/** Issue 17: delete (never filed) or archive (filed before) a person; the page explains which. */
export async function removePersonAction(personId: string): Promise<void> {
  const user = await requireArea("portal");
  const outcome = await removePerson(user, personId).catch((error: unknown) => {
    if (isPersonError(error)) return error.code;
    throw error;
  });
  revalidatePath("/[locale]/portal/people", "page");
  await go(`/portal/people?removed=${outcome}`);
}

export async function restorePersonAction(personId: string): Promise<void> {
  const user = await requireArea("portal");
  // Someone else's or no longer archived: nothing changes and the list is shown again, as for a restore.
  await restorePerson(user, personId).catch((error: unknown) => {
    if (!isPersonError(error)) throw error;
  });
  revalidatePath("/[locale]/portal/people", "page");
  await go("/portal/people?archived=1");
}

/** "Start the extension": a prefilled draft, opened at the details step. */
export async function startExtensionAction(personId: string): Promise<void> {
  const user = await requireArea("portal");
  let draftId: string;
  try {
    draftId = await createExtensionDraft(user, personId);
  } catch (error) {
    // A refusal (ApplicationError NOT_FOUND or NOT_EXTENDABLE) is told on the list, by its code.
    if (isAppError(error)) return go(`/portal/people?removed=${error.code}`);
    throw error;
  }
  return go(`/portal/applications/${draftId}/details`);
}

async function go(href: string): Promise<never> {
  return redirect({ href, locale: await getLocale() });
}

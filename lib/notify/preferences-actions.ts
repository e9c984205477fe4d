"use server";

import { requireUser } from "@/lib/auth/current-user";
import { refusesNothing, runFormAction } from "@/lib/kernel/actions";
import { emailPreferencesSchema, updateEmailPreferences } from "@/lib/notify/data/notification-preferences";

/** What the preferences form shows after a save: defined here, beside the action that answers it. */
export type PreferencesFormState = { status: "idle" | "saved" | "failed" };

/**
 * Re-authenticates and re-validates (runFormAction); lib/notify/data ignores mandatory kinds and
 * other roles' kinds. The form uses React's useActionState, so the answer is told in its state.
 */
export async function updateEmailPreferencesAction(_previous: PreferencesFormState, formData: FormData): Promise<PreferencesFormState> {
  const result = await runFormAction({
    actor: requireUser,
    schema: emailPreferencesSchema,
    input: { enabledKinds: formData.getAll("enabledKinds").map(String) },
    run: updateEmailPreferences,
    invalid: () => ({ ok: false as const }),
    refused: refusesNothing,
  });
  return { status: result.ok ? "saved" : "failed" };
}

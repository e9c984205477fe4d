"use server";

import { requireUser } from "@/lib/auth/current-user";
import type { PreferencesFormState } from "@/components/notifications/email-preferences-form";
import { emailPreferencesSchema, updateEmailPreferences } from "@/lib/notify/data/notification-preferences";

/** Re-authenticates and re-validates; lib/data ignores mandatory kinds and other roles' kinds. */
export async function updateEmailPreferencesAction(_previous: PreferencesFormState, formData: FormData): Promise<PreferencesFormState> {
  const user = await requireUser();
  const parsed = emailPreferencesSchema.safeParse({ enabledKinds: formData.getAll("enabledKinds").map(String) });
  if (!parsed.success) return { status: "failed" };
  await updateEmailPreferences(user, parsed.data);
  return { status: "saved" };
}

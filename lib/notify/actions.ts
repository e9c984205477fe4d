"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { refusesNothing, runFormAction } from "@/lib/kernel/actions";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notify/data/notifications";

// Server actions are public endpoints: each runs through runFormAction (re-authenticate,
// re-validate); lib/notify/data scopes the update to the caller's own notifications, so a foreign
// id changes nothing. Nothing here is refused: a malformed id answers nothing, as before.
const idSchema = z.string().trim().min(1).max(64);

const nothing = () => ({ ok: false as const });

export async function markNotificationReadAction(formData: FormData): Promise<void> {
  await runFormAction({
    actor: requireUser,
    schema: idSchema,
    input: formData.get("id"),
    run: markNotificationRead,
    invalid: nothing,
    refused: refusesNothing,
    // The bell in the header counts unread ones too.
    revalidate: refresh,
  });
}

export async function markAllNotificationsReadAction(): Promise<void> {
  await runFormAction({
    actor: requireUser,
    schema: z.undefined(),
    input: undefined,
    run: (user) => markAllNotificationsRead(user),
    invalid: nothing,
    refused: refusesNothing,
    revalidate: refresh,
  });
}

"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notify/data/notifications";

// Server actions are public endpoints: each one re-authenticates; lib/data scopes the update to
// the caller's own notifications, so a foreign id changes nothing.
const idSchema = z.string().trim().min(1).max(64);

export async function markNotificationReadAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return;
  await markNotificationRead(user, id.data);
  // The bell in the header counts unread ones too.
  refresh();
}

export async function markAllNotificationsReadAction(): Promise<void> {
  const user = await requireUser();
  await markAllNotificationsRead(user);
  refresh();
}

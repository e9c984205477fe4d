import "server-only";
import { errorText, logEvent } from "@/lib/log/log-event";
import { noteNotCacheable } from "@/lib/log/request-context";
import { getCurrentUser } from "./current-user";
import type { CurrentUser } from "@/lib/kernel/access";

/**
 * For what every page shows around its content (the header, the home page's buttons): the
 * signed-in user, null for a visitor, or "unknown" when the database cannot say (issue 20). Pages
 * that do not need the database then keep working while it is down, instead of the whole layout
 * failing. Anything that acts on the user's behalf still uses getCurrentUser/requireArea.
 */
export async function getCurrentUserIfAvailable(): Promise<CurrentUser | null | "unknown"> {
  try {
    return await getCurrentUser();
  } catch (error) {
    logEvent("warn", "session.lookup_failed", { error: errorText(error, 200) });
    noteNotCacheable();
    return "unknown";
  }
}

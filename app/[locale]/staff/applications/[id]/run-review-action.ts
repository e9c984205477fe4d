import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireArea } from "@/lib/auth/current-user";
import type { CurrentUser } from "@/lib/data/users";
import { invalidInput, toActionResult, type ReviewActionResult } from "@/lib/review/action-result";

/**
 * The shape of every review server action: re-authenticate (a server action is a public POST
 * endpoint), re-validate with the form's schema, run the step, and answer with message keys.
 * A refused step is a normal answer; only a real bug surfaces as an error.
 */
export async function runReviewAction<S extends z.ZodType>(
  schema: S,
  input: unknown,
  step: (user: CurrentUser, data: z.output<S>) => Promise<unknown>,
  options: { revalidate?: boolean } = {},
): Promise<ReviewActionResult> {
  const user = await requireArea("staff");
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await step(user, parsed.data);
  } catch (error) {
    return toActionResult(error);
  }
  // A document decision answers at once and the workspace refreshes in the background (its
  // statuses are updated in the browser meanwhile): the reviewer does not wait for the whole page.
  if (options.revalidate !== false) revalidatePath("/[locale]/staff/applications/[id]", "page");
  revalidatePath("/[locale]/staff", "page");
  return { ok: true };
}

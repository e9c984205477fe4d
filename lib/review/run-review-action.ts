import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireArea } from "@/lib/auth/current-user";
import type { CurrentUser } from "@/lib/kernel/access";
import { runFormAction } from "@/lib/kernel/actions";
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
  return runFormAction({
    actor: () => requireArea("staff"),
    schema,
    input,
    run: step,
    invalid: invalidInput,
    refused: toActionResult,
    revalidate: () => {
      // A document decision answers at once and the workspace refreshes in the background (its
      // statuses are updated in the browser meanwhile): the reviewer does not wait for the whole page.
      if (options.revalidate !== false) revalidatePath("/[locale]/staff/applications/[id]", "page");
      revalidatePath("/[locale]/staff", "page");
    },
  });
}

import type { z } from "zod";
import type { CurrentUser } from "./access";
import type { FormResult } from "./forms";

/**
 * The shape of a server action behind a form: re-authenticate (a server action is a public POST
 * endpoint), re-validate with the form's own schema, run one use case, turn an expected refusal
 * into a form answer, and revalidate the pages that show what changed. The feature supplies the
 * pieces that differ (who may act, its message keys); the order of the steps lives here once.
 */
export async function runFormAction<S extends z.ZodType, R extends FormResult>(action: {
  /** Resolves the acting user or ends the request (redirect to sign-in, 403). */
  actor: () => Promise<CurrentUser>;
  schema: S;
  input: unknown;
  run: (actor: CurrentUser, data: z.output<S>) => Promise<unknown>;
  /** The answer to input the schema refused. */
  invalid: (error: z.ZodError) => R;
  /** The answer to an expected refusal; rethrows anything else (a real bug). */
  refused: (error: unknown) => R;
  /** Called after success only: revalidatePath calls of the pages that show the change. */
  revalidate?: () => void;
}): Promise<R | { ok: true }> {
  const actor = await action.actor();
  const parsed = action.schema.safeParse(action.input);
  if (!parsed.success) return action.invalid(parsed.error);
  try {
    await action.run(actor, parsed.data);
  } catch (error) {
    return action.refused(error);
  }
  action.revalidate?.();
  return { ok: true };
}

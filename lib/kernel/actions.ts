import type { z } from "zod";
import type { CurrentUser } from "./access";
import { isAppError, type AppError, type RefusalMessage } from "./errors";
import { refusalAnswer, type FormRefusal, type FormResult } from "./forms";

/**
 * The shape of a server action behind a form: re-authenticate (a server action is a public POST
 * endpoint), re-validate with the form's own schema, run one use case, turn an expected refusal
 * into a form answer, and revalidate the pages that show what changed. The feature supplies the
 * pieces that differ (who may act, its message keys); the order of the steps lives here once.
 */
export async function runFormAction<S extends z.ZodType, R extends FormResult, T = unknown, Extra extends object = object>(action: {
  /** Resolves the acting user or ends the request (redirect to sign-in, 403). */
  actor: () => Promise<CurrentUser>;
  schema: S;
  input: unknown;
  run: (actor: CurrentUser, data: z.output<S>) => Promise<T>;
  /** The answer to input the schema refused. */
  invalid: (error: z.ZodError) => R;
  /** The answer to an expected refusal; rethrows anything else (a real bug). */
  refused: (error: unknown) => R;
  /** Called after success only: revalidatePath calls of the pages that show the change. */
  revalidate?: () => void;
  /** What a success answers besides `ok: true` (the new record's id, a password shown once). */
  answer?: (value: T, data: z.output<S>) => Extra;
}): Promise<R | ({ ok: true } & Extra)> {
  const actor = await action.actor();
  const parsed = action.schema.safeParse(action.input);
  if (!parsed.success) return action.invalid(parsed.error);
  let value: T;
  try {
    value = await action.run(actor, parsed.data);
  } catch (error) {
    return action.refused(error);
  }
  action.revalidate?.();
  return { ...(action.answer?.(value, parsed.data) ?? ({} as Extra)), ok: true };
}

/**
 * The usual `refused` of runFormAction: an AppError the slice's table names becomes its form answer
 * (lib/kernel/errors.ts, RefusalMessage); anything else is rethrown, a real bug for the error page.
 */
export function answerRefusals(messageOf: (error: AppError) => RefusalMessage | undefined) {
  return (error: unknown): FormRefusal => {
    const message = isAppError(error) ? messageOf(error) : undefined;
    if (message === undefined) throw error;
    return refusalAnswer(message);
  };
}

/** The `refused` of an action whose use case refuses nothing expected: whatever it throws is a real bug. */
export function refusesNothing(error: unknown): never {
  throw error;
}

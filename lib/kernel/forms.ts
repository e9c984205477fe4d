import type { z } from "zod";
import type { RefusalMessage } from "./errors";

/** A server action's answer to a form: field errors and a form-level error, as message keys. */
export type FormResult = { ok: true } | FormRefusal;

/** A form's answer to input it refused: messages at fields, above the form, or both. */
export type FormRefusal = { ok: false; fieldErrors?: Record<string, string>; formError?: string };

/** A form answer that may also say someone else acted first (the page then offers to reload). */
export type ActionResult = FormResult & { conflict?: boolean };

/**
 * A form's own check in the browser, written without a schema library so that its island does
 * not load zod (issue 19): the values to send, or the first message key of each wrong field. The
 * server action still parses with its zod schema; a test holds the two to the same answers.
 */
export type FormCheck<TIn, TOut = TIn> = (values: TIn) => { ok: true; values: TOut } | FormCheckRefusal;
export type FormCheckRefusal = { ok: false; fieldErrors: Record<string, string> };

/** The first message of each field of a failed zod parse, keyed by the field's top-level name. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    errors[field] ??= issue.message;
  }
  return errors;
}

/** A refusal's form answer: its message at the field it names, or above the form. */
export function refusalAnswer(message: RefusalMessage): FormRefusal {
  return typeof message === "string" ? { ok: false, formError: message } : { ok: false, fieldErrors: { [message.field]: message.key } };
}

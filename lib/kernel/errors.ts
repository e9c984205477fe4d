// The one domain error. Every refusal a use case may answer with is an AppError: its `kind` says
// what sort of refusal it is (and so the HTTP status, in one table below); its `code` is the precise
// reason, which the feature turns into a message key (e.g. "booking.errors.SLOT_TAKEN") in one
// table next to its error class (a RefusalMessage per code; runFormAction answers forms with it).
// Documenso's AppError + AppErrorCode is the model. The feature error classes (WorkflowError,
// BookingError, UploadError, …) remain as thin subclasses: each narrows `code` to its own union,
// which is what their message tables and tests are keyed by.

export const AppErrorKind = {
  /** No such object, or one this actor may not see (the two read alike: no existence oracle). */
  NOT_FOUND: "NOT_FOUND",
  /** The actor's role may not do this. */
  FORBIDDEN: "FORBIDDEN",
  /** The input is malformed or refused by a rule (too large, wrong type, no rate for the year). */
  INVALID_INPUT: "INVALID_INPUT",
  /** The object is not in a state that allows this step. */
  INVALID_STATE: "INVALID_STATE",
  /** Someone else changed it first: reload and try again. */
  CONFLICT: "CONFLICT",
  /** A quota or limit was reached. */
  LIMIT_REACHED: "LIMIT_REACHED",
  /** The system could not do it now (the database kept reporting conflicts, a scanner failed). */
  UNAVAILABLE: "UNAVAILABLE",
} as const;
export type AppErrorKind = (typeof AppErrorKind)[keyof typeof AppErrorKind];

const HTTP_STATUS: Record<AppErrorKind, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  INVALID_INPUT: 400,
  INVALID_STATE: 409,
  CONFLICT: 409,
  LIMIT_REACHED: 429,
  UNAVAILABLE: 503,
};

export class AppError<Code extends string = string> extends Error {
  constructor(
    public readonly kind: AppErrorKind,
    public readonly code: Code,
    message: string = code,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/**
 * A slice's refusal class: `code` narrowed to the slice's codes, the kind (and so the HTTP status)
 * read from the slice's table: `class … extends refusalClass("AdminError", ADMIN_ERROR_KINDS) {}`.
 */
export function refusalClass<Code extends string>(name: string, kinds: Record<Code, AppErrorKind>) {
  return class extends AppError<Code> {
    constructor(code: Code) {
      super(kinds[code], code);
      this.name = name;
    }
  };
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The HTTP status a route handler answers an AppError with (routes with a documented status of their own override it). */
export function httpStatusOf(error: AppError): number {
  return HTTP_STATUS[error.kind];
}

/**
 * How a refusal reads on a form: a message key shown above the form, or shown at one field (a
 * taken e-mail address is the address field's problem). Each slice keeps one table from its codes
 * to these next to its error class: the one place its message keys are derived from codes.
 */
export type RefusalMessage = string | { field: string; key: string };

export function messageKeyOf(message: RefusalMessage): string {
  return typeof message === "string" ? message : message.key;
}

/** For runFormAction's answerRefusals: the message of an error of this class, nothing for any other error. */
export function refusalMessages<Code extends string>(
  errorClass: abstract new (...args: never[]) => AppError<Code>,
  messages: Record<Code, RefusalMessage>,
): (error: AppError) => RefusalMessage | undefined {
  return (error) => (error instanceof errorClass ? messages[error.code as Code] : undefined);
}

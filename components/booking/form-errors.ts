import type { FieldErrors, FieldValues } from "react-hook-form";

/** The error summary's entries: the form's own error first, then each field's, translated. */
export function summaryOf<T extends FieldValues>(
  t: (key: string) => string,
  fields: readonly (keyof T & string)[],
  errors: FieldErrors<T>,
  formError: string | null,
) {
  return [
    ...(formError ? [{ message: t(formError) }] : []),
    ...fields.flatMap((field) => {
      const message = errors[field]?.message;
      return typeof message === "string" ? [{ field, message: t(message) }] : [];
    }),
  ];
}

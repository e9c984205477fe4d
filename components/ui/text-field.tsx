import type { ComponentProps } from "react";
import { controlClass, describedByOf, FieldFrame, type FieldText } from "./field-frame";

type TextFieldProps = ComponentProps<"input"> & FieldText;

/** Label above, hint under the label, error next to the field (GOV.UK pattern). */
export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf({ id, label, hint, error })}
        className={`${controlClass(error)} focus:border-slate-900`}
        {...input}
      />
    </FieldFrame>
  );
}

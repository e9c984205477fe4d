import type { TextareaHTMLAttributes } from "react";
import { controlClass, describedByOf, FieldFrame, type FieldText } from "@/components/ui/field-frame";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & FieldText;

/** The TextField pattern for longer text. */
export function TextareaField({ id, label, hint, error, className, ...textarea }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf({ id, label, hint, error })}
        className={controlClass(error)}
        {...textarea}
      />
    </FieldFrame>
  );
}

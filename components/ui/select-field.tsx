import type { SelectHTMLAttributes } from "react";
import { controlClass, describedByOf, FieldFrame, type FieldText } from "./field-frame";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> &
  FieldText & {
    options: { value: string; label: string }[];
    placeholder?: string;
  };

export function SelectField({ id, label, hint, error, options, placeholder, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf({ id, label, hint, error })}
        className={controlClass(error)}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

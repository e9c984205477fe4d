import type { ReactNode } from "react";

export type FieldText = { id: string; label: string; hint?: string; error?: string };

/** The ids a field's control names in aria-describedby: its hint and its error, when shown. */
export const describedByOf = ({ id, hint, error }: FieldText) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

/** The control's border: red while it has an error (GOV.UK pattern). */
export const controlClass = (error?: string) =>
  `block w-full rounded border-2 bg-white px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-500"}`;

/**
 * Label above, hint under the label, error next to the control, a red bar beside the whole field
 * while it has an error (GOV.UK pattern): shared by the text, select and textarea fields so they
 * cannot drift apart.
 */
export function FieldFrame({ id, label, hint, error, className, children }: FieldText & { className?: string; children: ReactNode }) {
  return (
    <div className={`space-y-1 ${error ? "border-l-4 border-red-700 pl-3" : ""} ${className ?? ""}`}>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-700">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

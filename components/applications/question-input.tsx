"use client";

import { useTranslations } from "next-intl";
import type { QuestionField } from "@/lib/applications/question-fields";

type Props = {
  field: QuestionField;
  value: unknown;
  error?: string;
  onChange: (value: unknown) => void;
};

function labelKeys(name: string) {
  if (name === "feeOption") return { label: "applications.wizard.feeOption", hint: "applications.wizard.feeOptionHint" };
  if (name === "validityBand") return { label: "applications.wizard.validityBand", hint: "applications.wizard.validityBandHint" };
  return { label: `catalog.questions.${name}.label`, hint: `catalog.questions.${name}.hint` };
}

function optionKey(name: string, option: string) {
  if (name === "feeOption") return `catalog.feeOptions.${option}.label`;
  if (name === "validityBand") return `catalog.validityBands.${option}`;
  return `catalog.questions.${name}.options.${option}`;
}

/** One question of a service, drawn from its schema: radios for choices and yes/no, inputs otherwise. */
export function QuestionInput({ field, value, error, onChange }: Props) {
  const t = useTranslations();
  const keys = labelKeys(field.name);
  const hint = t.has(keys.hint) ? t(keys.hint) : null;
  const errorId = `${field.name}-error`;
  const wrapper = `space-y-2 ${error ? "border-l-4 border-red-700 pl-3" : ""}`;
  if (field.type === "choice" || field.type === "yesNo") {
    const options =
      field.type === "choice"
        ? field.options.map((o) => ({
            value: o,
            label: t(optionKey(field.name, o)),
            description: field.name === "feeOption" ? t(`catalog.feeOptions.${o}.description`) : null,
          }))
        : [
            { value: true, label: t("applications.wizard.yes"), description: null },
            { value: false, label: t("applications.wizard.no"), description: null },
          ];
    return (
      <fieldset className={wrapper} aria-describedby={error ? errorId : undefined}>
        <legend className="font-semibold">{t(keys.label)}</legend>
        {hint && <p className="text-sm text-slate-600">{hint}</p>}
        {error && (
          <p id={errorId} className="text-sm font-semibold text-red-700">
            {error}
          </p>
        )}
        <div className="space-y-2">
          {options.map((option, index) => (
            <label key={String(option.value)} className="flex items-start gap-3 rounded border border-slate-300 bg-white p-3">
              <input
                id={index === 0 ? field.name : undefined}
                type="radio"
                name={field.name}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                className="mt-0.5 h-5 w-5"
              />
              <span>
                {option.label}
                {option.description && <span className="block text-sm text-slate-600">{option.description}</span>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  const inputType = field.type === "date" ? "date" : field.type === "number" ? "number" : "text";
  return (
    <div className={wrapper}>
      <label htmlFor={field.name} className="block font-semibold">
        {t(keys.label)}
      </label>
      {hint && (
        <p id={`${field.name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-semibold text-red-700">
          {error}
        </p>
      )}
      <input
        id={field.name}
        type={inputType}
        min={field.type === "number" ? 1 : undefined}
        value={value === undefined || value === null ? "" : String(value)}
        onChange={(e) => onChange(field.type === "number" ? (e.target.value === "" ? undefined : Number(e.target.value)) : e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint ? `${field.name}-hint` : null, error ? errorId : null].filter(Boolean).join(" ") || undefined}
        className={`block w-full max-w-md rounded border-2 bg-white px-3 py-2 ${error ? "border-red-700" : "border-slate-500"}`}
      />
    </div>
  );
}

"use client";

import { useActionState } from "react";
import type { PreferencesFormState } from "@/lib/notify/preferences-actions";
import { Button } from "@/components/ui/button";

export type PreferenceOption = { kind: string; label: string; isMandatory: boolean; isEnabled: boolean };

type Props = {
  action: (previous: PreferencesFormState, formData: FormData) => Promise<PreferencesFormState>;
  options: PreferenceOption[];
  texts: { legend: string; lead: string; mandatory: string; mandatoryReason: string; save: string; saved: string; failed: string };
};

/**
 * Checkboxes for the optional e-mails; mandatory ones are shown checked and disabled with the
 * reason, so the user sees everything they will receive. Works without JavaScript too.
 */
export function EmailPreferencesForm({ action, options, texts }: Props) {
  const [state, formAction, isPending] = useActionState<PreferencesFormState, FormData>(action, { status: "idle" });
  return (
    <form action={formAction} className="space-y-4">
      <fieldset className="space-y-3" aria-describedby="email-preferences-lead">
        <legend className="text-xl font-semibold">{texts.legend}</legend>
        <p id="email-preferences-lead" className="text-slate-700">
          {texts.lead}
        </p>
        {options.map((option) => {
          const id = `pref-${option.kind}`;
          return (
            <div key={option.kind} className="flex items-start gap-3">
              <input
                id={id}
                type="checkbox"
                name="enabledKinds"
                value={option.kind}
                defaultChecked={option.isEnabled}
                disabled={option.isMandatory}
                aria-describedby={option.isMandatory ? `${id}-hint` : undefined}
                className="mt-1 h-5 w-5 accent-brand-700"
              />
              <div>
                <label htmlFor={id} className="font-medium">
                  {option.label}
                </label>
                {option.isMandatory && (
                  <p id={`${id}-hint`} className="text-sm text-slate-600">
                    <span className="font-semibold">{texts.mandatory}.</span> {texts.mandatoryReason}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isPending}>
          {texts.save}
        </Button>
        <p role="status" className={state.status === "failed" ? "font-semibold text-red-700" : "text-slate-700"}>
          {state.status === "saved" ? texts.saved : state.status === "failed" ? texts.failed : ""}
        </p>
      </div>
    </form>
  );
}

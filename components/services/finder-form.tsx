import { getTranslations } from "next-intl/server";
import type { FinderAnswers, FinderField } from "@/lib/services/finder";
import { FINDER_LOCATIONS, FINDER_PURPOSES } from "@/lib/services/finder";
import { countryOptions } from "@/lib/people/countries";
import type { Locale } from "@/lib/kernel/locales";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

type Props = { answers: FinderAnswers; missing: FinderField[]; locale: Locale };

function Choice({
  name,
  value,
  checked,
  label,
  hint,
  first,
}: {
  name: string;
  value: string;
  checked: boolean;
  label: string;
  hint?: string;
  first: boolean;
}) {
  return (
    <label className="flex items-start gap-3 rounded border border-slate-300 bg-white p-3">
      {/* The first radio carries the group's id so the error summary can link to it. */}
      <input id={first ? name : undefined} type="radio" name={name} value={value} defaultChecked={checked} className="mt-0.5 h-5 w-5" />
      <span>
        {label}
        {hint && <span className="block text-sm text-slate-600">{hint}</span>}
      </span>
    </label>
  );
}

/** The finder's questions as one GET form: works without JavaScript, results are linkable. */
export async function FinderForm({ answers, missing, locale }: Props) {
  const t = await getTranslations("services.finder");
  const error = (field: FinderField) => (missing.includes(field) ? t(`errors.${field}`) : undefined);
  const group = (field: FinderField) => `space-y-2 ${error(field) ? "border-l-4 border-red-700 pl-3" : ""}`;
  return (
    <form method="get" noValidate className="max-w-3xl space-y-8">
      <fieldset className={group("location")} aria-describedby={error("location") ? "location-error" : undefined}>
        <legend className="text-lg font-semibold">{t("location.legend")}</legend>
        {error("location") && (
          <p id="location-error" className="text-sm font-semibold text-red-700">
            {error("location")}
          </p>
        )}
        {FINDER_LOCATIONS.map((value, index) => (
          <Choice
            key={value}
            name="location"
            value={value}
            checked={answers.location === value}
            label={t(`location.${value}`)}
            first={index === 0}
          />
        ))}
      </fieldset>
      <fieldset className={group("purpose")} aria-describedby={error("purpose") ? "purpose-error" : undefined}>
        <legend className="text-lg font-semibold">{t("purpose.legend")}</legend>
        {error("purpose") && (
          <p id="purpose-error" className="text-sm font-semibold text-red-700">
            {error("purpose")}
          </p>
        )}
        {FINDER_PURPOSES.map((value, index) => (
          <Choice
            key={value}
            name="purpose"
            value={value}
            checked={answers.purpose === value}
            label={t(`purpose.${value}.label`)}
            hint={t(`purpose.${value}.hint`)}
            first={index === 0}
          />
        ))}
      </fieldset>
      <SelectField
        id="citizenship"
        name="citizenship"
        label={t("citizenship.label")}
        hint={t("citizenship.hint")}
        error={error("citizenship")}
        placeholder={t("citizenship.placeholder")}
        defaultValue={answers.citizenship ?? ""}
        options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
        className="max-w-md"
      />
      <Button type="submit">{t("submit")}</Button>
    </form>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { formatIsoDate, formatNumber } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import type { QuestionField } from "@/lib/applications/question-fields";

/** One answered question as a term/definition pair, in the reader's language. */
export async function AnswerValue({ field, value }: { field: QuestionField; value: unknown }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const label =
    field.name === "feeOption"
      ? t("applications.wizard.feeOption")
      : field.name === "validityBand"
        ? t("applications.wizard.validityBand")
        : t(`catalog.questions.${field.name}.label`);
  let text = "—";
  if (typeof value === "boolean") text = value ? t("applications.wizard.yes") : t("applications.wizard.no");
  else if (field.type === "choice" && typeof value === "string") {
    text =
      field.name === "feeOption"
        ? t(`catalog.feeOptions.${value}.label`)
        : field.name === "validityBand"
          ? t(`catalog.validityBands.${value}`)
          : t(`catalog.questions.${field.name}.options.${value}`);
  } else if (field.type === "date" && typeof value === "string") text = formatIsoDate(value, locale);
  else if (typeof value === "number") text = formatNumber(value, locale);
  else if (value !== undefined && value !== null && value !== "") text = String(value);
  return (
    <>
      <dt className="font-medium">{label}</dt>
      <dd>{text}</dd>
    </>
  );
}

import { getTranslations } from "next-intl/server";
import type { QuestionField } from "@/lib/applications/question-fields";

/** One answered question as a term/definition pair, in the reader's language. */
export async function AnswerValue({ field, value }: { field: QuestionField; value: unknown }) {
  const t = await getTranslations();
  const label = field.name === "feeOption" ? t("applications.wizard.feeOption") : field.name === "validityBand" ? t("applications.wizard.validityBand") : t(`catalog.questions.${field.name}.label`);
  let text = "—";
  if (typeof value === "boolean") text = value ? t("applications.wizard.yes") : t("applications.wizard.no");
  else if (field.type === "choice" && typeof value === "string") {
    text = field.name === "feeOption" ? t(`catalog.feeOptions.${value}.label`) : field.name === "validityBand" ? t(`catalog.validityBands.${value}`) : t(`catalog.questions.${field.name}.options.${value}`);
  } else if (value !== undefined && value !== null && value !== "") text = String(value);
  return (
    <>
      <dt className="font-medium">{label}</dt>
      <dd>{text}</dd>
    </>
  );
}

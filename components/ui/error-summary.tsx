"use client";

import { useTranslations } from "next-intl";
import { ErrorSummaryBox, type ErrorSummaryProps } from "./error-summary-box";

/** The error summary of a client form: ErrorSummaryBox with the "Error:" title prefix from the form's messages. */
export function ErrorSummary(props: ErrorSummaryProps) {
  const t = useTranslations("validation");
  return <ErrorSummaryBox {...props} titlePrefix={t("errorTitlePrefix")} />;
}

import type { z } from "zod";

// What went wrong with an answer, in words that say how to fix it (GOV.UK error messages):
// "Answer this question" only when nothing was given; a number below the minimum or a date
// that is not a real day gets its own message.
export function answerErrorKey(issue: z.core.$ZodIssue, raw: Record<string, unknown>): string {
  const field = String(issue.path[0]);
  const given = raw[field];
  if (given === undefined || given === null || given === "") return "applications.validation.answerRequired";
  if (issue.code === "too_small") return "applications.validation.numberTooSmall";
  if (issue.code === "too_big") return "applications.validation.numberTooBig";
  if (issue.code === "invalid_type" && issue.expected === "number") return "applications.validation.wholeNumber";
  if (issue.code === "invalid_type" && issue.expected === "int") return "applications.validation.wholeNumber";
  if (issue.code === "invalid_format" && (issue.format === "date" || issue.format === "datetime"))
    return "applications.validation.realDate";
  return "applications.validation.answerRequired";
}

export function answerFieldErrors(error: z.ZodError, raw: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0])] ??= answerErrorKey(issue, raw);
  return errors;
}

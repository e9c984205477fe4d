"use client";

import { useEffect, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { SubmissionProblem } from "@/lib/applications/submission-checks";
import { formatCalendarDate } from "@/lib/kernel/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Each problem as a sentence linking to the step where it is fixed; focused when it appears. */
export function SubmissionProblems({ problems, applicationId }: { problems: SubmissionProblem[]; applicationId: string }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) ref.current?.focus();
  }, [problems]);
  if (!problems.length) return null;
  const base = `/portal/applications/${applicationId}`;
  const describe = (problem: SubmissionProblem): { message: string; href: string } => {
    switch (problem.kind) {
      case "NO_PEOPLE":
        return { message: t("applications.problems.noPeople"), href: `${base}/people` };
      case "ANSWERS_INCOMPLETE":
        return { message: t("applications.problems.answersIncomplete"), href: `${base}/details` };
      case "LOCATION":
        return { message: t(`catalog.${problem.messageKey}`), href: `${base}/details` };
      case "PASSPORT_EXPIRES_TOO_SOON":
        return {
          message: `${problem.personName}: ${t("catalog.eligibility.PASSPORT_EXPIRES_TOO_SOON", { validUntil: formatCalendarDate(dateOf(problem.mustBeValidAfter), locale) })}`,
          href: `${base}/people`,
        };
      case "TRP_NOT_ELIGIBLE":
        return { message: `${problem.personName}: ${t(`catalog.${problem.messageKey}`, { days: 30 })}`, href: `${base}/details` };
      case "EXTENSION_WINDOW":
        return {
          message: t(`catalog.${problem.messageKey}`, {
            opensOn: formatCalendarDate(dateOf(problem.opensOn), locale),
            closesOn: formatCalendarDate(dateOf(problem.closesOn), locale),
          }),
          href: `${base}/details`,
        };
      case "DOCUMENT_MISSING":
        return {
          message: t("applications.problems.documentMissing", { name: t(`catalog.documents.${problem.code}`) }),
          href: `${base}/documents`,
        };
      case "DOCUMENT_REJECTED":
        return { message: t("applications.problems.documentRejected", { name: t(`catalog.documents.${problem.code}`) }), href: base };
      case "PASSPORT_BAND_UNCONFIRMED":
        return { message: t("applications.problems.passportBandUnconfirmed"), href: `${base}/check` };
    }
  };
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="problems-title" className="rounded border-4 border-red-700 bg-white p-4">
      <h2 id="problems-title" className="text-lg font-bold">
        {t("applications.problems.title")}
      </h2>
      <ul className="mt-2 space-y-1">
        {problems.map((problem, index) => {
          const { message, href } = describe(problem);
          return (
            <li key={index}>
              <Link href={href} className="font-semibold text-red-700 underline">
                {message}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

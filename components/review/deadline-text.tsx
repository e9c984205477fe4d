import { useTranslations } from "next-intl";

/** "3 working days left", or an overdue warning that says so in words and with an icon, not colour alone. */
export function DeadlineText({ workingDaysLeft, isOverdue }: { workingDaysLeft: number; isOverdue: boolean }) {
  const t = useTranslations("review.deadline");
  if (isOverdue) {
    return (
      <span className="inline-flex items-center gap-1 font-bold text-red-800">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
          <path d="M10 1 19 18H1L10 1Zm-1 6v5h2V7H9Zm0 7v2h2v-2H9Z" />
        </svg>
        {t("overdue", { count: Math.abs(workingDaysLeft) })}
      </span>
    );
  }
  return <span>{workingDaysLeft === 0 ? t("dueToday") : t("left", { count: workingDaysLeft })}</span>;
}

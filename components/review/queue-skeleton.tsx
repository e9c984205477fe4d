import { useTranslations } from "next-intl";

/** The queue's shape while its rows load. */
export function QueueSkeleton() {
  const t = useTranslations("common");
  return (
    <div aria-busy="true" className="space-y-3">
      <p className="sr-only" role="status">
        {t("loading")}
      </p>
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="h-20 animate-pulse rounded border border-slate-200 bg-slate-100" />
      ))}
    </div>
  );
}

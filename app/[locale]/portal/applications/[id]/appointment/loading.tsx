import { useTranslations } from "next-intl";

/** A skeleton of the day and time choices while slots are computed. */
export default function Loading() {
  const t = useTranslations("common");
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div className="h-9 w-72 animate-pulse rounded bg-slate-200" />
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-16 animate-pulse rounded bg-slate-200" />
        ))}
      </div>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-6">
        {Array.from({ length: 11 }, (_, i) => (
          <div key={i} className="h-14 animate-pulse rounded bg-slate-200" />
        ))}
      </div>
    </div>
  );
}

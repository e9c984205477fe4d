import { useTranslations } from "next-intl";

/** Shown while the application loads: the page's shape, announced as loading. */
export default function ReviewLoading() {
  const t = useTranslations("common");
  const bar = "animate-pulse rounded bg-slate-200";
  return (
    <div className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        {t("loading")}
      </p>
      <div className={`${bar} h-5 w-40`} />
      <div className={`${bar} h-9 w-72`} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-4 lg:order-2">
          <div className={`${bar} h-48`} />
          <div className={`${bar} h-24`} />
        </div>
        <div className="space-y-4 lg:order-1">
          <div className={`${bar} h-96`} />
          <div className={`${bar} h-40`} />
        </div>
      </div>
    </div>
  );
}

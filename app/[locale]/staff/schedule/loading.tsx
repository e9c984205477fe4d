import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("common");
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div className="h-9 w-64 animate-pulse rounded bg-slate-200" />
      <div className="h-11 w-full max-w-2xl animate-pulse rounded bg-slate-200" />
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="h-40 animate-pulse rounded bg-slate-200" />
      ))}
    </div>
  );
}

import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("common");
  return (
    <div className="space-y-8" aria-busy="true">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div className="h-9 w-72 animate-pulse rounded bg-slate-200" />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="h-48 animate-pulse rounded bg-slate-200" />
      ))}
    </div>
  );
}

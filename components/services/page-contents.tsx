import { getTranslations } from "next-intl/server";

const SECTIONS = ["about", "steps", "documents", "fees", "time", "calculator", "notes"] as const;

/** "On this page": the service page is long, so its sections are one keystroke away. */
export async function PageContents({ hasNotes }: { hasNotes: boolean }) {
  const t = await getTranslations("services.page.contents");
  return (
    <nav aria-labelledby="contents-title" className="max-w-3xl border-l-4 border-slate-300 pl-4">
      <h2 id="contents-title" className="font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-2 space-y-1">
        {SECTIONS.filter((s) => s !== "notes" || hasNotes).map((section) => (
          <li key={section}>
            <a href={`#${section}`} className="text-brand-700 underline">
              {t(section)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

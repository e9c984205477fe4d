import { useTranslations } from "next-intl";

const KEYS = [
  ["j", "next"],
  ["k", "previous"],
  ["a", "approve"],
  ["r", "reject"],
  ["+ / −", "zoom"],
  ["o", "rotate"],
  ["?", "help"],
] as const;

/** The keyboard shortcuts, listed where the reviewer can find them. */
export function ShortcutsHelp() {
  const t = useTranslations("review.workspace.keys");
  return (
    <dl
      className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 rounded border border-slate-300 bg-white p-3 text-sm"
      data-testid="shortcuts-help"
    >
      {KEYS.map(([key, name]) => (
        <div key={key} className="contents">
          <dt>
            <kbd className="rounded border border-slate-400 bg-slate-100 px-1.5 font-mono">{key}</kbd>
          </dt>
          <dd>{t(name)}</dd>
        </div>
      ))}
    </dl>
  );
}

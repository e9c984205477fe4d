"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { addHolidayAction } from "@/lib/admin/actions";
import { useRouter } from "@/lib/i18n/navigation-hooks";
import { Button } from "@/components/ui/button";

type Props = { date: string; dateText: string; name: string; kind: string; year: number };

/** "8 March 2027 removed. Undo": puts the day back exactly as it was. */
export function UndoHolidayRemoval({ date, dateText, name, kind, year }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const undo = () =>
    startTransition(async () => {
      const result = await addHolidayAction({ date, name, kind }).catch(() => ({ ok: false }));
      if (result.ok) router.replace({ pathname: "/admin/holidays", query: { year: String(year) } });
      else setFailed(true);
    });
  return (
    <div role="status" className="flex flex-wrap items-center gap-4 rounded border-l-4 border-green-700 bg-green-50 p-3">
      <p className="font-semibold">{t("admin.holidays.removed", { date: dateText, name })}</p>
      <Button type="button" variant="secondary" onClick={undo} disabled={isPending} aria-busy={isPending}>
        {t("common.undo")}
        <span className="sr-only"> {dateText}</span>
      </Button>
      {failed && <p className="font-semibold text-red-700">{t("admin.holidays.undoFailed")}</p>}
    </div>
  );
}

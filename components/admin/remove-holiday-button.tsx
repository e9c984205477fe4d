"use client";

import { useTranslations } from "next-intl";
import { removeHolidayAction } from "@/lib/admin/actions";
import { useRouter } from "@/lib/i18n/navigation-hooks";
import { ActionButton } from "@/components/review/action-button";

type Props = { date: string; dateText: string; name: string; kind: string; year: number };

/**
 * Removing a day changes due dates and bookable slots, so it asks first; afterwards the page
 * offers an undo (the removed day travels in the address, so the undo survives the refresh).
 */
export function RemoveHolidayButton({ date, dateText, name, kind, year }: Props) {
  const t = useTranslations("admin.holidays");
  const router = useRouter();
  return (
    <ActionButton
      action={() => removeHolidayAction(date)}
      label={t("remove")}
      srSuffix={dateText}
      variant="secondary"
      confirm={{
        title: t("confirmRemove.title", { date: dateText, name }),
        body: t("confirmRemove.body"),
        confirmLabel: t("confirmRemove.yes"),
      }}
      onDone={() => router.replace({ pathname: "/admin/holidays", query: { year: String(year), removed: date, name, kind } })}
    />
  );
}

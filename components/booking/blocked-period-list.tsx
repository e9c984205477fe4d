import { getTranslations } from "next-intl/server";
import type { FormResult } from "@/lib/kernel/forms";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { RemoveBlockedPeriod } from "./remove-blocked-period";
import { EmptyState } from "@/components/ui/empty-state";

type Period = { id: string; startsAt: Date; endsAt: Date; reason: string; bookedAppointments: number };
type Props = { periods: Period[]; locale: Locale; removeAction: (input: { id: string }) => Promise<FormResult> };

export async function BlockedPeriodList({ periods, locale, removeAction }: Props) {
  const t = await getTranslations("booking.admin");
  if (periods.length === 0)
    return (
      <EmptyState size="sm" centred={false}>
        {t("blockedEmpty")}
      </EmptyState>
    );
  const cell = "border-b border-slate-200 px-3 py-2 text-left align-top";
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full bg-white text-sm">
        <caption className="sr-only">{t("blockedCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              {t("period")}
            </th>
            <th scope="col" className={cell}>
              {t("reason")}
            </th>
            <th scope="col" className={cell}>
              {t("booked")}
            </th>
            <td className={cell} />
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.id}>
              <th scope="row" id={`blocked-${p.id}`} className={`${cell} font-normal`}>
                {formatCentreDateTime(p.startsAt, locale)} – {formatCentreDateTime(p.endsAt, locale)}
              </th>
              <td className={cell}>{p.reason}</td>
              <td className={`${cell} tabular-nums`}>{p.bookedAppointments}</td>
              <td className={cell}>
                <RemoveBlockedPeriod id={p.id} describedBy={`blocked-${p.id}`} action={removeAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

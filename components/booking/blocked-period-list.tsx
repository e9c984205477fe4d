import { getTranslations } from "next-intl/server";
import type { FormResult } from "@/lib/kernel/forms";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { RemoveBlockedPeriod } from "./remove-blocked-period";
import { EmptyState } from "@/components/ui/empty-state";
import { Cell, RowHeader, Table } from "@/components/ui/table";

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
  return (
    <Table
      caption={t("blockedCaption")}
      columns={[
        { label: t("period") },
        { label: t("reason") },
        { label: t("booked"), align: "end" },
        { label: t("remove"), labelHidden: true },
      ]}
      className="w-full bg-white text-sm"
    >
      {periods.map((p) => (
        <tr key={p.id}>
          <RowHeader id={`blocked-${p.id}`} className="font-normal">
            {formatCentreDateTime(p.startsAt, locale)} – {formatCentreDateTime(p.endsAt, locale)}
          </RowHeader>
          <Cell>{p.reason}</Cell>
          <Cell align="end">{p.bookedAppointments}</Cell>
          <Cell>
            <RemoveBlockedPeriod id={p.id} describedBy={`blocked-${p.id}`} action={removeAction} />
          </Cell>
        </tr>
      ))}
    </Table>
  );
}

import { useTranslations } from "next-intl";
import { serviceCodes } from "@/lib/catalog";
import { Link } from "@/lib/i18n/navigation";
import { QUEUE_STATUSES } from "@/lib/review/queue-order";
import { DEFAULT_FILTERS, queueSearchParams, SEARCH_MAX_LENGTH, type QueueFilters } from "@/lib/review/queue-params";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

type Props = { filters: QueueFilters; action: string; companyName: string | null };

/**
 * A plain GET form: the filters live in the URL, so they work without JavaScript, survive a
 * reload and can be shared; submitting always starts again at the first page.
 */
export function QueueFilterForm({ filters, action, companyName }: Props) {
  const t = useTranslations("review.queue");
  const tStatus = useTranslations("status");
  const tCatalog = useTranslations("catalog");
  const serviceTitle = (code: string) => (tCatalog.has(`services.${code}.title`) ? tCatalog(`services.${code}.title`) : code);
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("filters.label")}
      className="space-y-4 rounded border border-slate-300 bg-white p-4"
    >
      <TextField
        id="q"
        name="q"
        type="search"
        label={t("filters.search")}
        hint={t("filters.searchHint")}
        defaultValue={filters.q}
        maxLength={SEARCH_MAX_LENGTH}
        autoComplete="off"
      />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField
          id="status"
          name="status"
          label={t("filters.status")}
          defaultValue={filters.status}
          options={[
            { value: "open", label: t("tabs.open") },
            ...QUEUE_STATUSES.map((s) => ({ value: s, label: tStatus(s) })),
            { value: "all", label: t("tabs.all") },
          ]}
        />
        <SelectField
          id="service"
          name="service"
          label={t("filters.service")}
          defaultValue={filters.service ?? ""}
          placeholder={t("filters.anyService")}
          options={serviceCodes.map((code) => ({ value: code, label: serviceTitle(code) }))}
        />
        <SelectField
          id="assignee"
          name="assignee"
          label={t("filters.assignee")}
          defaultValue={filters.assignee}
          options={[
            { value: "any", label: t("filters.anyone") },
            { value: "me", label: t("filters.me") },
            { value: "unassigned", label: t("filters.unassigned") },
          ]}
        />
      </div>
      <div className="flex flex-wrap gap-x-8 gap-y-2">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="h-5 w-5" />
          {t("filters.overdueOnly")}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="payment" value="awaiting" defaultChecked={filters.payment === "awaiting"} className="h-5 w-5" />
          {t("filters.awaitingPaymentOnly")}
        </label>
      </div>
      {filters.companyId && (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <input type="hidden" name="company" value={filters.companyId} />
          <span>{t("filters.company", { name: companyName ?? t("filters.oneCompany") })}</span>
          <Link
            href={`/staff?${queueSearchParams({ ...filters, companyId: null }).toString()}`}
            className="font-semibold text-brand-700 underline"
          >
            {t("filters.removeCompany")}
          </Link>
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{t("filters.apply")}</Button>
        <Link href={`/staff?${queueSearchParams(DEFAULT_FILTERS).toString()}`} className="font-semibold text-brand-700 underline">
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}

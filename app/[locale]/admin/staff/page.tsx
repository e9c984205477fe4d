import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { listStaffAccounts } from "@/lib/admin/data/admin-staff";
import { formatCentreDate } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { setActiveAction } from "../../../../lib/admin/actions";
import { InviteStaffForm } from "@/components/admin/invite-staff-form";
import { StaffRoleForm } from "@/components/admin/staff-role-form";
import { ActionButton } from "@/components/review/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, RowHeader, Table } from "@/components/ui/table";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/staff">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin.staff" });
  return { title: t("title") };
}

/** Staff and administrator accounts: invite, change role, deactivate (applicants are not listed). */
export default async function StaffAccountsPage({ params }: PageProps<"/[locale]/admin/staff">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("admin");
  const [t, tRoles, accounts] = await Promise.all([
    getTranslations("admin.staff"),
    getTranslations("review.roles"),
    listStaffAccounts(user),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <InviteStaffForm />
      <Table
        caption={t("title")}
        columns={[{ label: t("name") }, { label: t("role") }, { label: t("state") }, { label: t("actions"), labelHidden: true }]}
        className="w-full bg-white text-sm"
      >
        {accounts.map((account) => {
          const isMe = account.id === user.id;
          return (
            <tr key={account.id}>
              <RowHeader>
                {account.name}
                {isMe && <span className="ml-1 font-normal">({t("you")})</span>}
                <span className="block font-normal text-slate-600">{account.email}</span>
                <span className="block font-normal text-slate-600">
                  {t("since", { date: formatCentreDate(account.createdAt, locale) })}
                </span>
              </RowHeader>
              <Cell>{isMe ? tRoles(account.role) : <StaffRoleForm userId={account.id} userName={account.name} role={account.role} />}</Cell>
              <Cell>{account.isActive ? t("active") : <span className="font-semibold">{t("inactive")}</span>}</Cell>
              <Cell>
                {!isMe && (
                  <ActionButton
                    action={setActiveAction.bind(null, { userId: account.id, isActive: !account.isActive })}
                    label={account.isActive ? t("deactivate") : t("reactivate")}
                    srSuffix={account.name}
                    variant={account.isActive ? "danger" : "secondary"}
                  />
                )}
              </Cell>
            </tr>
          );
        })}
      </Table>
    </div>
  );
}

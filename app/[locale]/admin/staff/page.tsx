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
  const cell = "border-b border-slate-200 px-3 py-2 text-left align-top";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <InviteStaffForm />
      <div className="relative overflow-x-auto">
        <table className="w-full bg-white text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {t("name")}
              </th>
              <th scope="col" className={cell}>
                {t("role")}
              </th>
              <th scope="col" className={cell}>
                {t("state")}
              </th>
              <th scope="col" className={cell}>
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => {
              const isMe = account.id === user.id;
              return (
                <tr key={account.id}>
                  <th scope="row" className={`${cell} font-medium`}>
                    {account.name}
                    {isMe && <span className="ml-1 font-normal">({t("you")})</span>}
                    <span className="block font-normal text-slate-600">{account.email}</span>
                    <span className="block font-normal text-slate-600">
                      {t("since", { date: formatCentreDate(account.createdAt, locale) })}
                    </span>
                  </th>
                  <td className={cell}>
                    {isMe ? tRoles(account.role) : <StaffRoleForm userId={account.id} userName={account.name} role={account.role} />}
                  </td>
                  <td className={cell}>{account.isActive ? t("active") : <span className="font-semibold">{t("inactive")}</span>}</td>
                  <td className={cell}>
                    {!isMe && (
                      <ActionButton
                        action={setActiveAction.bind(null, { userId: account.id, isActive: !account.isActive })}
                        label={account.isActive ? t("deactivate") : t("reactivate")}
                        srSuffix={account.name}
                        variant={account.isActive ? "danger" : "secondary"}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

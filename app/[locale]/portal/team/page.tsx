import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { listPendingInvitations } from "@/lib/company/data/company-invitations";
import { companyRoleOf, listCompanyMembers, listTeamActivity } from "@/lib/company/data/company-members";
import { formatCalendarDate, formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { InviteForm } from "@/components/company/invite-form";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import { MemberActions, RevokeInvitationButton } from "@/components/company/member-actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/team">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "workspace.team" });
  return { title: t("title") };
}

type Details = { email?: string; role?: string; from?: string; to?: string };

/** Issue 17: the company's colleagues; administrators invite, change roles, remove, and see every change. */
export default async function TeamPage({ params }: PageProps<"/[locale]/portal/team">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("portal");
  const [t, myRole, members, invitations, activity] = await Promise.all([
    getTranslations("workspace.team"),
    companyRoleOf(user),
    listCompanyMembers(user),
    listPendingInvitations(user),
    listTeamActivity(user),
  ]);
  const isAdmin = myRole === "ADMIN";
  const role = (r: string | undefined | null) => (r === "ADMIN" || r === "MEMBER" ? t(`roles.${r}`) : "—");
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{isAdmin ? t("leadAdmin") : t("leadMember")}</p>
      </header>
      <section aria-labelledby="members" className="space-y-3">
        <h2 id="members" className="text-xl font-semibold">
          {t("members")}
        </h2>
        <Table
          // Not the section's heading: the table's scroll region is named by its caption (axe landmark-unique).
          caption={t("membersCaption")}
          columns={[
            ...(["name", "email", "role", "since"] as const).map((h) => ({ label: t(`columns.${h}`) })),
            ...(isAdmin ? [{ label: t("columns.actions") }] : []),
          ]}
          className="w-full bg-white text-sm"
        >
          {members.map((m) => (
            <tr key={m.id} data-testid="member-row">
              <RowHeader>
                {m.name}
                {m.id === user.id && <span className="ml-1 text-slate-600">{t("you")}</span>}
              </RowHeader>
              <Cell>{m.email}</Cell>
              <Cell>{role(m.companyRole)}</Cell>
              <Cell>{formatCalendarDate(m.createdAt, locale)}</Cell>
              {isAdmin && (
                <Cell>
                  <MemberActions userId={m.id} name={m.name} role={m.companyRole ?? "MEMBER"} />
                </Cell>
              )}
            </tr>
          ))}
        </Table>
      </section>
      {isAdmin && (
        <>
          <InviteForm />
          <section aria-labelledby="pending" className="space-y-3">
            <h2 id="pending" className="text-xl font-semibold">
              {t("pending")}
            </h2>
            {invitations.length === 0 ? (
              <p className="text-slate-700">{t("noPending")}</p>
            ) : (
              <ul className="space-y-2">
                {invitations.map((i) => (
                  <li key={i.id} className="rounded border border-slate-300 bg-white p-3" data-testid="pending-invitation">
                    <p className="font-medium">
                      {i.email} · {role(i.role)}
                    </p>
                    <p className="text-sm text-slate-700">
                      {t("pendingDetails", { name: i.invitedBy.name, until: formatCentreDateTime(i.expiresAt, locale) })}
                    </p>
                    <RevokeInvitationButton invitationId={i.id} email={i.email} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="activity" className="space-y-3">
            <h2 id="activity" className="text-xl font-semibold">
              {t("activity")}
            </h2>
            {activity.length === 0 ? (
              <p className="text-slate-700">{t("noActivity")}</p>
            ) : (
              <ol className="space-y-2 border-l-2 border-slate-300 pl-4" data-testid="team-activity">
                {activity.map((e) => {
                  const d = (e.details ?? {}) as Details;
                  return (
                    <li key={String(e.id)}>
                      <p>
                        {t(`actions.${e.action}` as "actions.INVITE_MEMBER", {
                          actor: e.actor?.name ?? "—",
                          email: d.email ?? "—",
                          role: role(d.role ?? d.to),
                          from: role(d.from),
                        })}
                      </p>
                      <p className="text-sm text-slate-600">
                        <time dateTime={e.createdAt.toISOString()}>{formatCentreDateTime(e.createdAt, locale)}</time>
                      </p>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        </>
      )}
    </div>
  );
}

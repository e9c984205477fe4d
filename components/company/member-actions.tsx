"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { changeMemberRoleAction, removeMemberAction, revokeInvitationAction } from "@/lib/company/actions";
import type { FormResult } from "@/lib/kernel/forms";
import { COMPANY_ROLES, type CompanyRoleName } from "@/lib/company/schemas";

function useAction() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<FormResult>) =>
    start(async () => {
      setError(null);
      const result: FormResult = await action().catch(() => ({ ok: false, formError: "error.body" }));
      if (!result.ok) setError(result.formError ?? "error.body");
    });
  return { pending, error, run };
}

/** Change a colleague's role or remove them; the server refuses to leave the company without an administrator. */
export function MemberActions({ userId, name, role }: { userId: string; name: string; role: CompanyRoleName }) {
  const t = useTranslations();
  const [chosen, setChosen] = useState<CompanyRoleName>(role);
  const { pending, error, run } = useAction();
  const selectId = `role-${userId}`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={selectId} className="block text-sm font-semibold">
            {t("workspace.team.roleOf", { name })}
          </label>
          <select
            id={selectId}
            value={chosen}
            onChange={(e) => setChosen(e.target.value as CompanyRoleName)}
            className="rounded border-2 border-slate-500 bg-white px-2 py-1"
          >
            {COMPANY_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`workspace.team.roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={pending || chosen === role}
          onClick={() => run(() => changeMemberRoleAction({ userId, role: chosen }))}
          className="rounded border-2 border-brand-700 px-3 py-1 font-semibold text-brand-800 disabled:opacity-50"
        >
          {t("workspace.team.changeRole")}
        </button>
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-semibold text-red-800">{t("workspace.team.remove", { name })}</summary>
        <p className="mt-1 max-w-sm text-sm">{t("workspace.team.removeExplain")}</p>
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => removeMemberAction({ userId }))}
          className="mt-1 rounded bg-red-700 px-3 py-1 text-sm font-semibold text-white disabled:opacity-50"
        >
          {t("workspace.team.removeConfirm", { name })}
        </button>
      </details>
      {error && (
        <p role="alert" className="text-sm font-semibold text-red-700">
          {t(error)}
        </p>
      )}
    </div>
  );
}

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations();
  const { pending, error, run } = useAction();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() => run(() => revokeInvitationAction({ invitationId }))}
        className="font-semibold text-red-800 underline disabled:opacity-50"
      >
        {t("workspace.team.revoke")}
        <span className="sr-only"> {email}</span>
      </button>
      {error && (
        <p role="alert" className="text-sm font-semibold text-red-700">
          {t(error)}
        </p>
      )}
    </>
  );
}

"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { changeRoleAction } from "@/lib/admin/actions";
import { STAFF_ROLES } from "@/lib/admin/schemas";
import { Button } from "@/components/ui/button";
import { ActionProblemMessage } from "@/components/ui/action-problem";
import type { ActionProblem } from "@/components/ui/use-action-form";

/** Changes one account's role; the person's sessions end, so the new role applies at once. */
export function StaffRoleForm({ userId, userName, role }: { userId: string; userName: string; role: string }) {
  const t = useTranslations();
  const [value, setValue] = useState(role);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [isPending, startTransition] = useTransition();
  const id = `role-${userId}`;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await changeRoleAction({ userId, role: value });
          setProblem(result.ok ? null : { messageKey: result.formError ?? "error.body", conflict: false });
        });
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t("admin.staff.roleOf", { name: userName })}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        className="rounded border-2 border-slate-500 bg-white px-2 py-1"
      >
        {STAFF_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`review.roles.${r}`)}
          </option>
        ))}
      </select>
      <Button type="submit" needsJs variant="secondary" disabled={isPending || value === role} className="px-3 py-1">
        {t("admin.staff.changeRole")}
        <span className="sr-only"> {userName}</span>
      </Button>
      <ActionProblemMessage problem={problem} onDismiss={() => setProblem(null)} />
    </form>
  );
}

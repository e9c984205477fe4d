"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { inviteStaffAction } from "@/lib/admin/actions";
import { inviteStaffSchema, STAFF_ROLES, type InviteStaffInput } from "@/lib/admin/schemas";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ActionProblemMessage } from "@/components/ui/action-problem";
import { useActionForm } from "@/components/ui/use-action-form";

/** Creates a staff account; its temporary password is shown here once and nowhere else. */
export function InviteStaffForm() {
  const t = useTranslations();
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const empty = { name: "", email: "", role: "STAFF" as const };
  const form = useForm<InviteStaffInput, unknown, z.output<typeof inviteStaffSchema>>({
    resolver: zodResolver(inviteStaffSchema),
    defaultValues: empty,
  });
  const { onSubmit, problem, clearProblem } = useActionForm(
    form,
    async (values) => {
      setCreated(null);
      const result = await inviteStaffAction(values);
      if (result.ok && result.temporaryPassword && result.email) {
        setCreated({ email: result.email, password: result.temporaryPassword });
        form.reset(empty);
      }
      return result;
    },
    { followRedirect: false },
  );
  const { errors, isSubmitting } = form.formState;
  const err = (key?: string) => (key ? t(key) : undefined);
  return (
    <div className="space-y-4">
      {created && (
        <div role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4">
          <p className="font-semibold">{t("admin.staff.created", { email: created.email })}</p>
          <p className="mt-1">{t("admin.staff.temporaryPassword")}</p>
          <p className="mt-1 select-all break-all font-mono text-lg">{created.password}</p>
          <p className="mt-1 text-sm">{t("admin.staff.shownOnce")}</p>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-slate-300 bg-white p-4">
        <h2 className="text-xl font-semibold">{t("admin.staff.inviteTitle")}</h2>
        <div className="grid gap-4 md:grid-cols-3">
          <TextField
            id="name"
            label={t("admin.staff.name")}
            autoComplete="off"
            error={err(errors.name?.message)}
            {...form.register("name")}
          />
          <TextField
            id="email"
            type="email"
            label={t("admin.staff.email")}
            autoComplete="off"
            error={err(errors.email?.message)}
            {...form.register("email")}
          />
          <SelectField
            id="role"
            label={t("admin.staff.role")}
            options={STAFF_ROLES.map((r) => ({ value: r, label: t(`review.roles.${r}`) }))}
            error={err(errors.role?.message)}
            {...form.register("role")}
          />
        </div>
        <ActionProblemMessage problem={problem} onDismiss={clearProblem} />
        <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting}>
          {t("admin.staff.invite")}
        </Button>
      </form>
    </div>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { assignAction } from "@/lib/review/actions";
import { assignSchema } from "@/lib/review/action-schemas";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { ActionProblemMessage } from "@/components/ui/action-problem";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = {
  applicationId: string;
  version: number;
  assigneeId: string | null;
  me: string;
  colleagues: { id: string; name: string }[];
};

/** Give the application to me, to a colleague, or to nobody. */
export function AssignForm({ applicationId, version, assigneeId, me, colleagues }: Props) {
  const t = useTranslations();
  const form = useForm<z.input<typeof assignSchema>, unknown, z.output<typeof assignSchema>>({
    resolver: zodResolver(assignSchema),
    defaultValues: { applicationId, expectedVersion: version, assigneeId: assigneeId ?? "" },
  });
  const { onSubmit, problem, clearProblem } = useActionForm(form, assignAction, { followRedirect: false });
  const { isSubmitting } = form.formState;
  const assignToMe = () => {
    form.setValue("assigneeId", me);
    void onSubmit();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <SelectField
        id="assigneeId"
        label={t("review.assign.label")}
        options={[
          { value: "", label: t("review.assign.nobody") },
          ...colleagues.map((c) => ({ value: c.id, label: c.id === me ? t("review.assign.meName", { name: c.name }) : c.name })),
        ]}
        {...form.register("assigneeId")}
      />
      <ActionProblemMessage problem={problem} onDismiss={clearProblem} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" needsJs variant="secondary" disabled={isSubmitting}>
          {t("review.assign.save")}
        </Button>
        {assigneeId !== me && (
          <Button type="button" variant="secondary" disabled={isSubmitting} onClick={assignToMe}>
            {t("review.assign.toMe")}
          </Button>
        )}
      </div>
    </form>
  );
}

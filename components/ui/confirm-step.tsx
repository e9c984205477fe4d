"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "./button";
import type { ButtonVariant } from "./button-class";

export type ConfirmText = {
  /** "Approve all documents of EC-2026-000123?" */
  title: string;
  /** What will happen, in words, and whether it can be undone. */
  body: string;
  /** The verb again on the button: "Yes, approve documents". */
  confirmLabel: string;
};

type Props = {
  label: ReactNode;
  confirm: ConfirmText;
  onConfirm: () => void | Promise<void>;
  variant?: ButtonVariant;
  busy?: boolean;
  /** Extra attributes for the first button (e.g. which row it acts on). */
  describedBy?: string;
  className?: string;
};

/**
 * An irreversible step asks first (GOV.UK "warning text" + a second, explicit button): the first
 * click opens a panel that says what will happen; only "Yes, …" acts, "Cancel" closes it. Focus
 * moves to the panel so a screen-reader user hears the question, and back to the button on cancel.
 */
export function ConfirmStep({ label, confirm, onConfirm, variant = "primary", busy = false, describedBy, className }: Props) {
  const t = useTranslations("common.confirm");
  const [isOpen, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    if (isOpen) panel.current?.focus();
  }, [isOpen]);
  if (!isOpen) {
    return (
      <Button
        ref={trigger}
        type="button"
        variant={variant}
        onClick={() => setOpen(true)}
        disabled={busy}
        aria-busy={busy}
        aria-describedby={describedBy}
        className={className}
      >
        {label}
      </Button>
    );
  }
  return (
    <div
      ref={panel}
      tabIndex={-1}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="space-y-3 rounded border-l-8 border-amber-500 bg-amber-50 p-4 focus:outline-3 focus:outline-accent-500"
      data-testid="confirm-step"
    >
      <p id={titleId} className="font-bold">
        {confirm.title}
      </p>
      <p id={bodyId} className="text-sm text-slate-800">
        {confirm.body}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant={variant === "secondary" ? "primary" : variant}
          disabled={busy}
          aria-busy={busy}
          onClick={async () => {
            await onConfirm();
            setOpen(false);
          }}
        >
          {busy ? t("working") : confirm.confirmLabel}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={busy}
          onClick={() => {
            setOpen(false);
            requestAnimationFrame(() => trigger.current?.focus());
          }}
        >
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}

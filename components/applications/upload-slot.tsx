"use client";

import { useRef, useState, type DragEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { useRouter } from "@/lib/i18n/navigation-hooks";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { sendFile } from "@/components/ui/send-file";
import { UPLOAD_ERROR_CODES } from "@/lib/uploads/upload-error";
import { QUOTA_CODES } from "@/lib/uploads/upload-limits";

/** Every refusal the upload route answers with a code of its own; each has a text under applications.upload.errors. */
const ANSWERED_CODES: readonly string[] = [...UPLOAD_ERROR_CODES, ...QUOTA_CODES, "NETWORK", "LOCKED", "BAD_NAME", "THROTTLED"];

export type SlotFile = { id: string; originalName: string; sizeBytes: number; mimeType: string; fromVault?: boolean };

type Props = {
  applicationId: string;
  code: string;
  /** Where files are POSTed; an application's document slot by default. */
  uploadUrl?: string;
  /** One file at a time (a vault slot holds one version); several by default. */
  single?: boolean;
  /** Where files are shown from; /api/files/<id> by default. */
  fileUrlBase?: string;
  /** Whether each file has a delete button (application documents only). */
  canDelete?: boolean;
  label: string;
  /**
   * The reviewer rejected these files: they stay on record (staff see them in the history) and
   * the next upload replaces them, so they cannot be deleted and the control says "Upload a replacement".
   */
  rejected?: boolean;
  files: SlotFile[];
  canEdit: boolean;
  maxBytes: number;
};

type Progress = { name: string; percent: number };

const ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

export function UploadSlot({
  applicationId,
  code,
  uploadUrl,
  single = false,
  fileUrlBase = "/api/files/",
  canDelete = !single,
  label,
  rejected = false,
  files,
  canEdit,
  maxBytes,
}: Props) {
  const t = useTranslations("applications.upload");
  const tv = useTranslations("vault.slot");
  const router = useRouter();
  const locale = useLocale() as Locale;
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [isDragging, setDragging] = useState(false);
  const inputId = `upload-${code}${uploadUrl ? `-${encodeURIComponent(uploadUrl)}` : ""}`;
  const maxMb = Math.round(maxBytes / 1024 / 1024);

  async function upload(list: FileList | File[]) {
    const problems: string[] = [];
    for (const file of Array.from(list)) {
      if (file.size > maxBytes) {
        problems.push(t("errors.TOO_LARGE", { name: file.name, max: maxMb }));
        continue;
      }
      setProgress({ name: file.name, percent: 0 });
      const result = await sendFile(uploadUrl ?? `/api/applications/${applicationId}/documents/${code}/files`, file, {
        networkError: "NETWORK",
        onProgress: (percent) => setProgress({ name: file.name, percent }),
      });
      if (result.status !== 201) {
        const error = result.body.error ?? "FAILED";
        const key = ANSWERED_CODES.includes(error) ? error : "FAILED";
        problems.push(t(`errors.${key}`, { name: file.name, max: maxMb }));
      }
    }
    setProgress(null);
    setErrors(problems);
    if (input.current) input.current.value = "";
    router.refresh();
  }

  async function remove(file: SlotFile) {
    const response = await fetch(`/api/files/${file.id}`, { method: "DELETE" });
    setErrors(response.ok ? [] : [t("errors.DELETE_FAILED", { name: file.originalName })]);
    router.refresh();
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (canEdit && event.dataTransfer.files.length) void upload(event.dataTransfer.files);
  }

  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={`space-y-3 rounded border-2 border-dashed p-4 ${isDragging ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}
    >
      {files.length > 0 && (
        <ul className="space-y-1" aria-label={t("filesOf", { label })}>
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-3 text-sm">
              <a href={`${fileUrlBase}${file.id}?inline=1`} target="_blank" rel="noopener" className="font-medium text-brand-700 underline">
                {file.originalName}
              </a>
              <span className="text-slate-600">{formatNumber(Math.round(file.sizeBytes / 1024), locale)} KB</span>
              {file.fromVault && (
                <span className="rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">{tv("fromVault")}</span>
              )}
              {rejected && (
                <span className="rounded border border-red-700 px-2 py-0.5 text-xs font-semibold text-red-800">{t("rejectedFile")}</span>
              )}
              {canEdit && canDelete && !rejected && (
                <ConfirmStep
                  label={
                    <>
                      {t("delete")}
                      <span className="sr-only"> {file.originalName}</span>
                    </>
                  }
                  variant="secondary"
                  className="px-2 py-0.5 text-sm"
                  confirm={{
                    title: t("confirmDelete.title", { name: file.originalName }),
                    body: t("confirmDelete.body"),
                    confirmLabel: t("confirmDelete.yes"),
                  }}
                  onConfirm={() => remove(file)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <div className="flex flex-wrap items-center gap-3">
          {/* The input sits inside its label so the label shows the keyboard focus ring. */}
          <label className="cursor-pointer rounded border-2 border-brand-700 bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-accent-500">
            {rejected ? t("replace") : single ? (files.length ? tv("replace") : t("choose")) : files.length ? t("addMore") : t("choose")}
            <span className="sr-only"> — {label}</span>
            <input
              id={inputId}
              ref={input}
              type="file"
              multiple={!single}
              accept={ACCEPT}
              className="sr-only"
              onChange={(e) => e.target.files?.length && upload(e.target.files)}
              disabled={Boolean(progress)}
            />
          </label>
          <span className="text-sm text-slate-600">{t("hint", { max: maxMb })}</span>
        </div>
      )}
      {progress && (
        <div role="status" aria-live="polite" className="space-y-1">
          <span className="text-sm">{t("uploading", { name: progress.name, percent: progress.percent })}</span>
          <progress max={100} value={progress.percent} className="h-2 w-full" aria-label={t("progress")} />
        </div>
      )}
      {errors.length > 0 && (
        <ul role="alert" className="space-y-1 text-sm font-semibold text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { ApplicantScanView } from "@/lib/passport/data/passport-scans-applicant";

// "Start from a passport scan": uploads the data page, waits for the background reader and hands
// the read fields to the form, which shows them for the applicant to check before saving.

export type PrefillValues = {
  fullName?: string;
  citizenship?: string;
  dateOfBirth?: string;
  passportNumber?: string;
  passportExpiresOn?: string;
  sex?: string;
};

type State =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "read"; warnings: string[]; filled: string[] }
  | { kind: "notReadable" }
  | { kind: "failed" };

const POLL_MS = 1500;
const GIVE_UP_MS = 90_000;

export function PassportPrefill({ onRead }: { onRead: (values: PrefillValues) => void }) {
  const t = useTranslations("passport.scan");
  const tFields = useTranslations("passport.check.fields");
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: "idle" });

  async function poll(id: string, started: number): Promise<ApplicantScanView | null> {
    for (;;) {
      const response = await fetch(`/api/passport-scans/${encodeURIComponent(id)}`, { cache: "no-store" });
      if (!response.ok) return null;
      const view = (await response.json()) as ApplicantScanView;
      if (view.status !== "PENDING") return view;
      if (Date.now() - started > GIVE_UP_MS) return { status: "NOT_READABLE" };
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async function read() {
    const file = input.current?.files?.[0];
    if (!file) return;
    setState({ kind: "reading" });
    try {
      const response = await fetch("/api/passport-scans", {
        method: "POST",
        body: file,
        headers: { "Content-Type": file.type || "application/octet-stream", "X-File-Name": encodeURIComponent(file.name) },
      });
      if (!response.ok) return setState({ kind: "failed" });
      const { file: scan } = (await response.json()) as { file: { id: string } | null };
      if (!scan) return setState({ kind: "notReadable" });
      const view = await poll(scan.id, Date.now());
      if (!view || view.status !== "READ") return setState({ kind: view ? "notReadable" : "failed" });
      const f = view.fields;
      const values: PrefillValues = {
        fullName: [f.givenNames, f.surname].filter(Boolean).join(" "),
        citizenship: f.nationalityAlpha2 ?? undefined,
        dateOfBirth: f.birthDate ?? undefined,
        passportNumber: f.documentNumber,
        passportExpiresOn: f.expiryDate ?? undefined,
        sex: f.sex,
      };
      onRead(values);
      const labels: Record<string, string> = {
        fullName: tFields("surname") + " / " + tFields("givenNames"),
        citizenship: tFields("nationality"),
        dateOfBirth: tFields("birthDate"),
        passportNumber: tFields("documentNumber"),
        passportExpiresOn: tFields("expiryDate"),
        sex: tFields("sex"),
      };
      const warnings = [
        ...(view.checks.documentNumber ? [] : [tFields("documentNumber")]),
        ...(view.checks.birthDate ? [] : [tFields("birthDate")]),
        ...(view.checks.expiryDate ? [] : [tFields("expiryDate")]),
      ];
      setState({
        kind: "read",
        warnings,
        filled: Object.entries(values)
          .filter(([, v]) => v)
          .map(([k]) => labels[k]),
      });
    } catch {
      setState({ kind: "failed" });
    }
  }

  return (
    <section aria-labelledby="passport-prefill" className="max-w-2xl space-y-3 rounded border-2 border-brand-700 p-4">
      <h2 id="passport-prefill" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <label className="space-y-1">
          <span className="block font-semibold">{t("label")}</span>
          <input ref={input} type="file" name="passportScan" accept="image/jpeg,image/png,application/pdf" className="block" />
        </label>
        <button
          type="button"
          onClick={() => void read()}
          disabled={state.kind === "reading"}
          className="rounded border-2 border-brand-700 px-3 py-1.5 font-semibold text-brand-800"
        >
          {t("upload")}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.kind === "reading" && <p>{t("reading")}</p>}
        {state.kind === "read" && (
          <div className="space-y-1">
            <p className={state.warnings.length ? "font-semibold text-red-800" : "font-semibold text-green-800"}>
              {state.warnings.length ? t("readWithWarnings") : t("read")}
            </p>
            <p className="text-sm">{t("filled", { fields: state.filled.join(", ") })}</p>
            {state.warnings.length > 0 && <p className="text-sm font-semibold text-red-800">⚠ {state.warnings.join(", ")}</p>}
            <p className="text-sm">{t("issuedOnNote")}</p>
          </div>
        )}
        {state.kind === "notReadable" && <p className="font-semibold">{t("notReadable")}</p>}
        {state.kind === "failed" && <p className="font-semibold text-red-800">{t("failed")}</p>}
      </div>
    </section>
  );
}

"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import { useRouter } from "@/lib/i18n/navigation-hooks";
import { useTranslations } from "next-intl";
import { DocumentDecisionForm } from "../document-decision-form";
import { FileViewer, ZOOM_STEPS, type ViewerFile } from "./file-viewer";
import { ShortcutsHelp } from "./shortcuts-help";

export type WorkspaceDocument = {
  id: string;
  code: string;
  name: string;
  status: "MISSING" | "UPLOADED" | "APPROVED" | "REJECTED";
  statusLabel: string;
  version: number;
  /** "Decided by …, when · reason" (the last decision), or null. */
  decidedText: string | null;
  comment: string | null;
  rejectReason: string | null;
  files: ViewerFile[];
  history: { id: string; originalName: string; meta: string }[];
  /** An identity document: the person's register data is shown next to it. */
  isIdentity: boolean;
};

type Props = {
  applicationId: string;
  documents: WorkspaceDocument[];
  initialCode: string | null;
  canDecide: boolean;
  /** Application-level steps (approve all, request changes, …), rendered on the server. */
  decisionPanel: ReactNode;
  /** The person's register data, shown beside identity documents (the slot MRZ comparison plugs into). */
  identityPanel: ReactNode;
  /** Company, people, answers, fees, notes, history: rendered on the server. */
  facts: ReactNode;
};

const STATUS_STYLE: Record<WorkspaceDocument["status"], string> = {
  APPROVED: "border-green-700 bg-green-50 text-green-900",
  REJECTED: "border-red-700 bg-red-50 text-red-900",
  UPLOADED: "border-amber-600 bg-amber-50 text-amber-900",
  MISSING: "border-slate-400 bg-slate-50 text-slate-800",
};
const STATUS_MARK: Record<WorkspaceDocument["status"], string> = { APPROVED: "✓", REJECTED: "✗", UPLOADED: "…", MISSING: "–" };

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * The review workspace: documents and decisions on one side, the selected file in a viewer in
 * the middle, the application's facts (and the register data for identity documents) beside
 * it. Only the selected file is loaded. Keyboard: j/k next/previous, a approve, r reject,
 * +/- zoom, o rotate, ? help. A decision moves on to the next document awaiting one.
 */
export function ReviewWorkspace({
  applicationId,
  documents: fromServer,
  initialCode,
  canDecide,
  decisionPanel,
  identityPanel,
  facts,
}: Props) {
  const t = useTranslations("review.workspace");
  const tStatus = useTranslations("review.documentStatus");
  const router = useRouter();
  const [, startRefresh] = useTransition();
  // Decisions saved in this browser before the page's background refresh brings them back.
  const [decided, setDecided] = useState<Record<string, { status: "APPROVED" | "REJECTED"; version: number }>>({});
  const documents = useMemo(
    () =>
      fromServer.map((d) => {
        const local = decided[d.id];
        return local && local.version > d.version
          ? { ...d, status: local.status, statusLabel: tStatus(local.status), version: local.version }
          : d;
      }),
    [fromServer, decided, tStatus],
  );
  const firstOpen = documents.find((d) => d.status === "UPLOADED") ?? documents[0];
  const [code, setCode] = useState(() => documents.find((d) => d.code === initialCode)?.code ?? firstOpen?.code ?? null);
  const [zoom, setZoom] = useState(1);
  const [rotation, setRotation] = useState(0);
  const [fileIndex, setFileIndex] = useState(0);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const decisionArea = useRef<HTMLDivElement>(null);
  const index = Math.max(
    0,
    documents.findIndex((d) => d.code === code),
  );
  const selected = documents[index];
  const file = selected?.files[Math.min(fileIndex, selected.files.length - 1)];

  const select = useCallback((next: string) => {
    setCode(next);
    setFileIndex(0);
    setRotation(0);
    const url = new URL(window.location.href);
    url.searchParams.set("doc", next);
    window.history.replaceState(window.history.state, "", url);
  }, []);
  const move = useCallback(
    (step: 1 | -1) => {
      if (!documents.length) return;
      select(documents[(index + step + documents.length) % documents.length].code);
    },
    [documents, index, select],
  );

  /** After a decision: show it, refresh in the background, and go to the next document still awaiting one. */
  const onDecided = useCallback(
    (decision: "APPROVE" | "REJECT") => {
      const current = documents[index];
      setDecided((all) => ({
        ...all,
        [current.id]: { status: decision === "APPROVE" ? "APPROVED" : "REJECTED", version: current.version + 1 },
      }));
      startRefresh(() => router.refresh());
      for (let i = 1; i < documents.length; i++) {
        const candidate = documents[(index + i) % documents.length];
        if (candidate.status === "UPLOADED") return select(candidate.code);
      }
    },
    [documents, index, router, select],
  );

  const decide = useCallback((decision: "APPROVE" | "REJECT") => {
    const form = decisionArea.current?.querySelector("form");
    const radio = form?.querySelector<HTMLInputElement>(`input[name=decision][value=${decision}]`);
    if (!form || !radio) return;
    radio.click();
    if (decision === "APPROVE") form.requestSubmit();
    // Rejecting needs a reason: the reason list appears and takes the focus.
    else requestAnimationFrame(() => form.querySelector<HTMLSelectElement>("select")?.focus());
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const actions: Record<string, () => void> = {
        j: () => move(1),
        k: () => move(-1),
        n: () => move(1),
        p: () => move(-1),
        a: () => canDecide && decide("APPROVE"),
        r: () => canDecide && decide("REJECT"),
        "+": () => setZoom((z) => ZOOM_STEPS.find((s) => s > z + 0.001) ?? z),
        "=": () => setZoom((z) => ZOOM_STEPS.find((s) => s > z + 0.001) ?? z),
        "-": () => setZoom((z) => [...ZOOM_STEPS].reverse().find((s) => s < z - 0.001) ?? z),
        o: () => setRotation((r) => (r + 90) % 360),
        "?": () => setHelpOpen((open) => !open),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [move, decide, canDecide]);

  const counts = useMemo(() => ({ waiting: documents.filter((d) => d.status === "UPLOADED").length }), [documents]);

  if (!selected) return <p className="text-slate-700">{t("noDocuments")}</p>;
  return (
    // On wide screens the workspace uses the whole window, not the 72rem reading column (full-bleed).
    <div
      className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[19rem_minmax(0,1fr)] xl:ml-[calc(50%-50vw+1.5rem)] xl:w-[calc(100vw-3rem)] xl:grid-cols-[19rem_minmax(0,1fr)_24rem]"
      data-testid="review-workspace"
    >
      <div className="space-y-4 lg:row-span-2 xl:row-span-1">
        <nav aria-labelledby="workspace-documents" className="rounded border border-slate-300 bg-white">
          <h2
            id="workspace-documents"
            className="flex items-baseline justify-between border-b border-slate-200 px-3 py-2 text-lg font-semibold"
          >
            {t("documents")} <span className="text-sm font-normal text-slate-700">{t("waiting", { count: counts.waiting })}</span>
          </h2>
          <ol className="max-h-[50vh] overflow-y-auto">
            {documents.map((d, i) => (
              <li key={d.id}>
                <button
                  type="button"
                  onClick={() => select(d.code)}
                  aria-current={d.code === selected.code ? "true" : undefined}
                  className={`flex w-full items-start gap-2 border-l-4 px-3 py-2 text-left text-sm hover:bg-slate-50 ${d.code === selected.code ? "border-brand-700 bg-brand-50 font-semibold" : "border-transparent"}`}
                  data-testid={`doc-tab-${d.code}`}
                >
                  <span className="w-5 shrink-0 text-slate-600 tabular-nums">{i + 1}</span>
                  <span className="min-w-0 flex-1">{d.name}</span>
                  <span className={`shrink-0 rounded border px-1.5 text-xs font-semibold ${STATUS_STYLE[d.status]}`}>
                    <span aria-hidden="true">{STATUS_MARK[d.status]} </span>
                    {d.statusLabel}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
        {canDecide && (
          <section ref={decisionArea} aria-label={t("decisionFor", { name: selected.name })}>
            <DocumentDecisionForm
              key={`${selected.id}-${selected.version}`}
              applicationId={applicationId}
              documentId={selected.id}
              documentName={selected.name}
              version={selected.version}
              current={{ status: selected.status, reason: selected.rejectReason, comment: selected.comment }}
              canApprove={selected.files.length > 0}
              onDecided={onDecided}
            />
          </section>
        )}
        <div className="rounded border border-slate-300 bg-white p-3">{decisionPanel}</div>
        <button
          type="button"
          onClick={() => setHelpOpen((open) => !open)}
          className="text-sm font-semibold text-brand-700 underline"
          aria-expanded={isHelpOpen}
        >
          {t("shortcuts")}
        </button>
        {isHelpOpen && <ShortcutsHelp />}
      </div>

      <article
        aria-labelledby="selected-document"
        className="flex min-h-[70vh] flex-col rounded border border-slate-300 bg-white lg:sticky lg:top-2 lg:h-[calc(100vh-1rem)]"
        data-testid="selected-document"
      >
        <header className="space-y-1 border-b border-slate-200 p-3">
          <p className="text-sm text-slate-600" aria-live="polite">
            {t("position", { n: index + 1, total: documents.length })}
          </p>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="selected-document" className="text-xl font-semibold">
              {selected.name}
            </h2>
            <span
              className={`rounded border px-2 py-0.5 text-sm font-semibold ${STATUS_STYLE[selected.status]}`}
              data-testid="document-status"
            >
              {selected.statusLabel}
            </span>
          </div>
          {selected.decidedText && <p className="text-sm text-slate-700">{selected.decidedText}</p>}
          {selected.comment && <p className="text-sm italic text-slate-700">“{selected.comment}”</p>}
          {selected.files.length > 1 && (
            <div role="group" aria-label={t("files")} className="flex flex-wrap gap-2 pt-1">
              {selected.files.map((f, i) => (
                <button
                  key={f.id}
                  type="button"
                  onClick={() => setFileIndex(i)}
                  aria-pressed={i === fileIndex}
                  className={`rounded border px-2 py-0.5 text-sm ${i === fileIndex ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400"}`}
                >
                  {t("fileN", { n: i + 1, total: selected.files.length })}
                </button>
              ))}
            </div>
          )}
          {file && (
            <p className="text-sm text-slate-700">
              <span className="font-medium">{file.originalName}</span> · {file.meta}
              {file.fromVault && (
                <>
                  {" "}
                  · <span className="font-semibold">{t("fromVault")}</span>
                </>
              )}
            </p>
          )}
        </header>
        <div className="min-h-0 flex-1">
          {file ? (
            <FileViewer
              key={file.id}
              file={file}
              zoom={zoom}
              rotation={rotation}
              onZoom={setZoom}
              onRotate={() => setRotation((r) => (r + 90) % 360)}
            />
          ) : (
            <p className="m-4 rounded border border-dashed border-slate-400 p-6 text-center text-slate-700">{t("noFile")}</p>
          )}
        </div>
        {selected.history.length > 0 && (
          <details className="border-t border-slate-200 p-3 text-sm">
            <summary className="cursor-pointer font-semibold">{t("history", { count: selected.history.length })}</summary>
            <ul className="mt-2 space-y-1">
              {selected.history.map((h) => (
                <li key={h.id}>
                  <a
                    href={`/api/files/${encodeURIComponent(h.id)}?inline=1`}
                    target="_blank"
                    rel="noopener"
                    className="text-brand-700 underline"
                  >
                    {h.originalName}
                  </a>{" "}
                  · {h.meta}
                </li>
              ))}
            </ul>
          </details>
        )}
      </article>

      <aside aria-label={t("facts")} className="space-y-4 lg:col-start-2 xl:col-start-auto">
        {selected.isIdentity && identityPanel}
        {facts}
      </aside>
    </div>
  );
}

import { useTranslations } from "next-intl";
import type { ReviewApplication } from "@/lib/review/data/review-application";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { NoteForm } from "./note-form";

/** Internal notes, newest first. Staff only: nothing here ever reaches the applicant. */
export function NotesPanel({ application, locale }: { application: ReviewApplication; locale: Locale }) {
  const t = useTranslations("review.notes");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("internalOnly")}</p>
      <NoteForm applicationId={application.id} />
      {application.notes.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {application.notes.map((note) => (
            <li key={note.id} className="rounded border border-slate-200 bg-white p-3">
              <p className="whitespace-pre-wrap">{note.body}</p>
              <p className="mt-1 text-sm text-slate-600">
                {t("by", { name: note.author.name, when: formatCentreDateTime(note.createdAt, locale) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import type { DashboardPerson } from "@/lib/people/data/people-dashboard";
import { Link } from "@/lib/i18n/navigation";
import { removePersonAction, restorePersonAction, startExtensionAction } from "@/lib/people/actions";

const EXTENSION_KINDS = new Set(["EXTENSION_WINDOW_OPEN", "EXTENSION_WINDOW_UPCOMING"]);

/** What can be done for one person: the same controls in the table row and the phone card. */
export async function PersonActions({ person }: { person: DashboardPerson }) {
  const [t, tp] = await Promise.all([getTranslations("workspace.people"), getTranslations("applications.people")]);
  const canExtend = person.deadlines.some((d) => EXTENSION_KINDS.has(d.kind)) && !person.archivedAt;
  return (
    <>
      {canExtend && (
        <form action={startExtensionAction.bind(null, person.id)}>
          <button type="submit" className="font-semibold text-brand-700 underline">
            {t("startExtension")}
            <span className="sr-only"> {person.fullName}</span>
          </button>
        </form>
      )}
      {!person.principalId && !person.archivedAt && (
        <Link href={`/portal/people/new?principal=${person.id}`} className="block font-semibold text-brand-700 underline">
          {tp("addFamily")}
          <span className="sr-only"> {person.fullName}</span>
        </Link>
      )}
      {person.archivedAt ? (
        <form action={restorePersonAction.bind(null, person.id)}>
          <button type="submit" className="font-semibold text-brand-700 underline">
            {t("restore")}
            <span className="sr-only"> {person.fullName}</span>
          </button>
        </form>
      ) : (
        person.openApplications.length === 0 && (
          <details>
            <summary className="cursor-pointer text-sm font-semibold text-red-800">
              {t("remove")}
              <span className="sr-only"> {person.fullName}</span>
            </summary>
            <p className="mt-1 max-w-xs text-sm">{t("removeExplain")}</p>
            <form action={removePersonAction.bind(null, person.id)}>
              <button type="submit" className="mt-1 rounded bg-red-700 px-3 py-1 text-sm font-semibold text-white">
                {t("removeConfirm", { name: person.fullName })}
              </button>
            </form>
          </details>
        )
      )}
    </>
  );
}

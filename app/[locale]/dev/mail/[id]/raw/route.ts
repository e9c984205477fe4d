import { isDevMailboxEnabled, readMailConfig } from "@/lib/notify/config";
import { readRawMessage } from "@/lib/notify/dev-mailbox";

/** The raw .eml of one development e-mail, to open in a mail client. 404 outside development. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/dev/mail/[id]/raw">) {
  const { id } = await params;
  const raw = isDevMailboxEnabled() ? await readRawMessage(readMailConfig().mailDir, id) : null;
  if (!raw) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(raw), {
    headers: {
      "Content-Type": "message/rfc822",
      "Content-Disposition": `attachment; filename="${id}.eml"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}

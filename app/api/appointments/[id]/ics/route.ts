import { getCurrentUser } from "@/lib/auth/current-user";
import { appointmentCalendarFile } from "@/lib/booking/calendar-file";
import { getAppointmentCalendarEvent } from "@/lib/booking/data/appointments";
import { AccessDeniedError } from "@/lib/kernel/access";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * The appointment as an .ics calendar file, for the applicant's company (and staff) only;
 * anyone else gets 404, so an appointment id reveals nothing.
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/appointments/[id]/ics">) {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const event = await getAppointmentCalendarEvent(user, (await params).id).catch((error) => {
    if (error instanceof AccessDeniedError) return null;
    throw error;
  });
  if (!event) return notFound();
  const ics = appointmentCalendarFile({ locale: user.locale, ...event });
  const fileName = `expat-centre-${(event.applicationNumber ?? "appointment").replace(/[^A-Za-z0-9-]/g, "")}.ics`;
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

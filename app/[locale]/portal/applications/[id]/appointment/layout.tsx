import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/current-user";
import { isOwnApplication } from "@/lib/booking/data/appointments";

// The page streams behind loading.tsx, and a notFound() thrown after streaming starts answers
// 200. Checking ownership here, outside that boundary, gives another company's id a real 404.
export default async function AppointmentLayout({ children, params }: LayoutProps<"/[locale]/portal/applications/[id]/appointment">) {
  const user = await requireArea("portal");
  if (!(await isOwnApplication(user, (await params).id))) notFound();
  return children;
}

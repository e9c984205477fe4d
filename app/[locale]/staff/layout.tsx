import { requireArea } from "@/lib/auth/current-user";

export default async function StaffLayout({ children }: LayoutProps<"/[locale]/staff">) {
  await requireArea("staff");
  return children;
}

import { requireArea } from "@/lib/auth/current-user";

export default async function AdminLayout({ children }: LayoutProps<"/[locale]/admin">) {
  await requireArea("admin");
  return children;
}

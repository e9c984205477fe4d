import { requireArea } from "@/lib/auth/current-user";

// Signed-in pages are never indexed (robots.txt also keeps crawlers out).
export const metadata = { robots: { index: false, follow: false } };

export default async function StaffLayout({ children }: LayoutProps<"/[locale]/staff">) {
  await requireArea("staff");
  // The queue has no client texts; each section's layout adds the review and booking messages.
  return children;
}

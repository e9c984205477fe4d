import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/current-user";
import { isReviewableApplication } from "@/lib/review/data/review-application";

// The page streams behind loading.tsx, and a notFound() thrown after streaming starts answers
// 200. Checking here, outside that boundary, gives an unknown id a real 404.
export default async function ReviewLayout({ children, params }: LayoutProps<"/[locale]/staff/applications/[id]">) {
  const user = await requireArea("staff");
  if (!(await isReviewableApplication(user, (await params).id))) notFound();
  return children;
}

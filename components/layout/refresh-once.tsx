"use client";

import { useEffect } from "react";
import { useRouter } from "@/lib/i18n/navigation-hooks";

/**
 * Re-renders the page's server parts once. A server action that finds the session gone
 * redirects here by a client-side navigation, which keeps the shared layout (the header still
 * saying "Signed in as …"); a refresh draws it again as it now is.
 */
export function RefreshOnce() {
  const router = useRouter();
  useEffect(() => {
    router.refresh();
  }, [router]);
  return null;
}

"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { verifyEmail } from "@/lib/auth/data/register-applicant";
import { consumeThrottle } from "@/lib/auth/data/throttles";
import { clientAddress } from "@/lib/http/client-address";
import { redirect } from "@/lib/i18n/navigation";
import { isAppError } from "@/lib/kernel/errors";

/**
 * Confirms the address named by a link's token (POST, so that mail scanners' GETs change nothing).
 * Not on runFormAction: public (no actor), throttled before the token is looked at, and answered
 * only by a redirect, the same for every kind of bad token.
 */
export async function verifyEmailAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const token = formData.get("token");
  const throttle = await consumeThrottle("verifyEmail", clientAddress(await headers()));
  const verified =
    throttle.allowed &&
    typeof token === "string" &&
    (await verifyEmail(token).then(
      () => true,
      (error: unknown) => {
        if (isAppError(error) && error.code === "LINK_INVALID") return false;
        throw error;
      },
    ));
  if (verified) redirect({ href: { pathname: "/sign-in", query: { verified: "1" } }, locale });
  else redirect({ href: { pathname: "/verify-email", query: { invalid: "1" } }, locale });
}

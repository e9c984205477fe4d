import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../../lib/db/demo-accounts";

export type DemoRole = (typeof DEMO_ACCOUNTS)[number]["role"];

export function demoAccount(role: DemoRole) {
  return DEMO_ACCOUNTS.find((a) => a.role === role)!;
}

/** Signs in through Auth.js's own endpoints, as Cal.com's apiLogin does: fast and independent of the form. */
export async function signInThroughApi(page: Page, role: DemoRole): Promise<void> {
  const { email, password } = demoAccount(role);
  const request = page.context().request;
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  if (response.status() >= 400) throw new Error(`API sign-in failed with ${response.status()}`);
  const cookies = await page.context().cookies();
  if (!cookies.some((c) => c.name.includes("authjs.session-token"))) throw new Error("API sign-in set no session cookie");
}

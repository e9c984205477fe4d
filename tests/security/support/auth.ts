import { form, mergeCookies, send } from "./http";

export type SignInResult = { outcome: "signed-in" | "invalid" | "throttled" | "unverified" | "other"; cookie: string; location: string };

/** Signs in through Auth.js's credentials endpoint from `localAddress`, with any extra headers. */
export async function signIn(
  email: string,
  password: string,
  options: { localAddress?: string; headers?: Record<string, string>; callbackUrl?: string } = {},
): Promise<SignInResult> {
  const csrf = await send({ path: "/api/auth/csrf", localAddress: options.localAddress });
  let cookie = mergeCookies("", csrf);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const response = await send({
    method: "POST",
    path: "/api/auth/callback/credentials",
    localAddress: options.localAddress,
    cookie,
    headers: { "content-type": "application/x-www-form-urlencoded", ...options.headers },
    body: form({ csrfToken, email, password, callbackUrl: options.callbackUrl ?? "/" }),
  });
  cookie = mergeCookies(cookie, response);
  const location = String(response.headers.location ?? "");
  const code = new URL(location || "/", "http://x").searchParams.get("code");
  const outcome = cookie.includes("authjs.session-token")
    ? "signed-in"
    : code === "throttled"
      ? "throttled"
      : code === "unverified"
        ? "unverified"
        : code === "credentials"
          ? "invalid"
          : "other";
  return { outcome, cookie, location };
}

/** Signs out through Auth.js's own endpoint (what the form's server action also ends in). */
export async function signOut(cookie: string, localAddress?: string): Promise<void> {
  const csrf = await send({ path: "/api/auth/csrf", cookie, localAddress });
  const jar = mergeCookies(cookie, csrf);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  await send({
    method: "POST",
    path: "/api/auth/signout",
    cookie: jar,
    localAddress,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form({ csrfToken, callbackUrl: "/" }),
  });
}

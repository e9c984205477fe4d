// A signed-in HTTP client for the scale-out test: Auth.js's own sign-in endpoints (as the e2e
// helper does), cookies kept, every request through nginx.

export type HttpSession = { base: string; cookie: string; fetch(path: string, init?: RequestInit): Promise<Response> };

function mergeCookies(current: string, response: Response): string {
  const jar = new Map(
    current
      .split("; ")
      .filter(Boolean)
      .map((pair) => [pair.split("=")[0], pair] as const),
  );
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(";")[0];
    jar.set(pair.split("=")[0], pair);
  }
  return [...jar.values()].join("; ");
}

export async function signIn(base: string, email: string, password: string): Promise<HttpSession> {
  let cookie = "";
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookie = mergeCookies(cookie, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  cookie = mergeCookies(cookie, response);
  if (!cookie.includes("session-token")) throw new Error(`sign-in of ${email} through nginx failed (${response.status})`);
  return {
    base,
    cookie,
    fetch: (path, init = {}) =>
      fetch(`${base}${path}`, { redirect: "manual", ...init, headers: { Cookie: cookie, ...(init.headers ?? {}) } }),
  };
}

/** Calls a server action the way Next's client does (Next-Action header, arguments as JSON). */
export async function callServerAction(session: HttpSession, pagePath: string, actionId: string, args: unknown[]): Promise<Response> {
  return session.fetch(pagePath, {
    method: "POST",
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: session.base },
    body: JSON.stringify(args),
  });
}

import { expect, test } from "@playwright/test";
import { isOffSite, redirectPayloads } from "./redirect-payloads";
import { signIn } from "./support/auth";
import { recordAttack } from "./support/attack-log";
import { createCompanyAccount, PASSWORD } from "./support/fixtures";
import { ORIGIN, send } from "./support/http";
import { inPool } from "./support/pool";

// About 200 hostile return paths, each tried signed out (signing in normally with it as the
// callbackUrl, and visiting the sign-in page with it) and signed in (the sign-in page redirects a
// signed-in visitor at once), in English and Russian paths: no Location may leave the origin and
// nothing may answer 500.

function judge(status: number, location: string | undefined): "ok" | "off-site" | "500" {
  if (status >= 500) return "500";
  if (location && isOffSite(location, ORIGIN)) return "off-site";
  return "ok";
}

test("open redirect: 200 payloads signed out and signed in", async () => {
  // About 600 requests and 200 password hashes: a couple of minutes on a quiet machine.
  test.setTimeout(600_000);
  const payloads = redirectPayloads();
  expect(payloads.length).toBeGreaterThanOrEqual(150);
  const account = await createCompanyAccount("redirect");
  const failures: string[] = [];
  let attempts = 0;
  let refused = 0;
  const check = (label: string, payload: string, status: number, location: string | undefined) => {
    attempts++;
    const verdict = judge(status, location);
    if (verdict === "ok") refused++;
    else failures.push(`${label} ${JSON.stringify(payload)} → ${status} ${location ?? ""}`);
  };

  // Signed out: a real sign-in through Auth.js with the payload as its callbackUrl (a victim sent a crafted link who then signs in normally). Six clients at once,
  // each from its own address.
  await inPool(payloads, 6, async (payload, lane) => {
    const localAddress = `127.0.0.${40 + lane}`;
    const result = await signIn(account.email, PASSWORD, { localAddress, callbackUrl: payload });
    check("sign-in callbackUrl", payload, result.outcome === "signed-in" ? 302 : 400, result.location);
  });
  const signedOutAttempts = attempts;
  const signedOutRefused = refused;
  recordAttack("open redirect, signed out (sign-in with the payload as callbackUrl)", signedOutAttempts, signedOutRefused);

  // Signed in: the sign-in page redirects at once to the (parsed) return path.
  const session = await signIn(account.email, PASSWORD, { localAddress: "127.0.0.39" });
  expect(session.outcome).toBe("signed-in");
  await inPool(payloads, 6, async (payload, lane) => {
    for (const prefix of ["", "/ru"]) {
      const page = await send({
        path: `${prefix}/sign-in?callbackUrl=${encodeURIComponent(payload)}`,
        cookie: session.cookie,
        localAddress: `127.0.0.${40 + lane}`,
      });
      check("signed-in page", payload, page.status, page.headers.location as string | undefined);
    }
  });
  recordAttack("open redirect, signed in (sign-in page redirect)", attempts - signedOutAttempts, refused - signedOutRefused);
  expect(failures).toEqual([]);
});

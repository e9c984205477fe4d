import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./support/auth";
import { recordAttack } from "./support/attack-log";
import { createCompanyAccount, PASSWORD } from "./support/fixtures";
import { send } from "./support/http";
import { callAction, listServerActions } from "./support/server-actions";

// A session token copied before sign-out (from a shared computer, a proxy log, malware) must be
// refused everywhere afterwards, whichever way the user signed out.
const PROTECTED = ["/portal", "/profile", "/portal/people", "/notifications"];

async function isSignedIn(cookie: string, path: string): Promise<boolean> {
  const response = await send({ path, cookie, localAddress: "127.0.0.51" });
  return response.status === 200;
}

async function sessionUser(cookie: string): Promise<boolean> {
  const response = await send({ path: "/api/auth/session", cookie, localAddress: "127.0.0.51" });
  const body = response.text.trim();
  return body !== "" && body !== "null" && body !== "{}" && (await isSignedIn(cookie, "/portal"));
}

test("a token captured before sign-out is refused after it", async () => {
  const account = await createCompanyAccount("session");
  let attempts = 0;
  let refused = 0;

  // 1. Sign out through Auth.js's endpoint.
  const first = await signIn(account.email, PASSWORD, { localAddress: "127.0.0.50" });
  expect(await sessionUser(first.cookie)).toBe(true);
  // Polling the session endpoint (which slides the cookie) must not keep a copy alive either.
  for (let i = 0; i < 3; i++) await send({ path: "/api/auth/session", cookie: first.cookie, localAddress: "127.0.0.51" });
  await signOut(first.cookie, "127.0.0.50");
  for (const path of PROTECTED) {
    attempts++;
    if (!(await isSignedIn(first.cookie, path))) refused++;
  }

  // 2. Sign out with the header's button (the signOutAction server action).
  const second = await signIn(account.email, PASSWORD, { localAddress: "127.0.0.50" });
  expect(await sessionUser(second.cookie)).toBe(true);
  const action = listServerActions().find((a) => a.name === "signOutAction")!;
  await callAction(action, [], { cookie: second.cookie, path: "/portal", localAddress: "127.0.0.50" });
  for (const path of PROTECTED) {
    attempts++;
    if (!(await isSignedIn(second.cookie, path))) refused++;
  }
  attempts++;
  if (!(await sessionUser(second.cookie))) refused++;

  recordAttack("session token replayed after sign-out", attempts, refused);
  expect(refused).toBe(attempts);
});

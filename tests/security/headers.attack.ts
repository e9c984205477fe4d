import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../lib/db/demo-accounts";
import { signIn } from "./support/auth";
import { recordAttack } from "./support/attack-log";
import { send } from "./support/http";

// Security headers on every response, paths with a dot and API routes included; malformed input
// answers 400/404, never 500.
const PATHS = [
  "/",
  "/sign-in",
  "/ru/services",
  "/robots.txt",
  "/favicon.ico",
  "/portal/x.json",
  "/.env",
  "/wp-login.php",
  "/api/health",
  "/api/services",
  "/api/services/NOPE",
  "/api/auth/session",
  "/ru/some.page.html",
];

test("security headers on every response, and no 500 for malformed input", async () => {
  let attempts = 0;
  let refused = 0;
  const failures: string[] = [];
  for (const path of PATHS) {
    const response = await send({ path, localAddress: "127.0.0.70" });
    attempts++;
    // Pages: frame-ancestors 'none'; route handlers: 'self' (files are previewed in the portal's own frames).
    const ok =
      /frame-ancestors '(none|self)'/.test(String(response.headers["content-security-policy"])) &&
      ["DENY", "SAMEORIGIN"].includes(String(response.headers["x-frame-options"])) &&
      response.headers["x-content-type-options"] === "nosniff";
    if (ok) refused++;
    else failures.push(`headers missing on ${path} (${response.status})`);
  }
  recordAttack("responses without security headers (refused = had them)", attempts, refused);

  const staff = DEMO_ACCOUNTS.find((a) => a.role === "STAFF")!;
  const session = await signIn(staff.email, staff.password, { localAddress: "127.0.0.71" });
  expect(session.outcome).toBe("signed-in");
  const malformed = [
    "/staff/payments?q=%00",
    "/staff/payments?q=abc%00def",
    "/staff/payments?report=1&from=2026-13-45",
    "/staff/payments?report=1&from=2026-02-30&to=2026-03-01",
    "/staff/payments?report=1&to=99999-01-01",
    "/staff?q=%00",
    "/staff/applications/%00",
    "/portal/applications/%00/documents",
    "/api/files/%00",
    "/api/services/WORK_VISA/quote?date=2026-13-45",
    "/api/services/%00",
    "/staff/applications/a%0d%0ab",
    "/sign-in?callbackUrl=%0d%0aSet-Cookie:x=1",
  ];
  let malformedRefused = 0;
  for (const path of malformed) {
    const response = await send({ path, cookie: session.cookie, localAddress: "127.0.0.71" });
    if (response.status < 500) malformedRefused++;
    else failures.push(`${path} answered ${response.status}`);
    if (response.headers["set-cookie"]?.some((c) => c.startsWith("x=1"))) failures.push(`${path} injected a header`);
  }
  recordAttack("malformed input (NUL, impossible dates, CR/LF) answered without 500", malformed.length, malformedRefused);
  expect(failures).toEqual([]);
});

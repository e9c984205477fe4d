import { logFor } from "@/lib/log/logger";

// Auth.js's own log output (its `logger` option). By default it writes every refused sign-in as an
// error with a stack trace — one "[auth][error] CredentialsSignin" per mistyped password — which
// buries real errors and would page an operator for a user's typo. Here:
//   - a refused sign-in (wrong password, unknown address, disabled account) is an `info` line,
//     and a throttled one a `warn` line (a possible password-guessing run): no stack either way;
//   - the other errors caused by what a client sent (a stale form's CSRF token, a refused or
//     expired link) are `warn` lines without a stack;
//   - everything else (configuration, secrets, our own code failing inside Auth.js) stays an
//     `error` with its stack and cause.
// No address, e-mail or password is logged; the request id comes from the request context.
// Auth.js calls `error` for every failure it catches (lib: @auth/core, `Auth()`), typed by `error.type`.

const CLIENT_CAUSED = new Set(["MissingCSRF", "AccessDenied", "Verification", "UnknownAction", "InvalidCallbackUrl"]);

type AuthJsError = Error & { type?: string; code?: string };

export const authLogger = {
  error(error: AuthJsError) {
    const log = logFor("auth");
    const type = typeof error?.type === "string" ? error.type : (error?.name ?? "Error");
    if (type === "CredentialsSignin") {
      const throttled = error.code === "throttled";
      // "unverified": the password was right but the address is not confirmed yet (issue 14).
      const reason = throttled ? "throttled" : error.code === "unverified" ? "unverified_email" : "credentials";
      log[throttled ? "warn" : "info"](
        { event: "auth.sign_in_refused", reason },
        throttled
          ? "sign-in refused: too many attempts"
          : reason === "credentials"
            ? "sign-in refused: wrong credentials"
            : "sign-in refused: e-mail address not confirmed",
      );
      return;
    }
    if (CLIENT_CAUSED.has(type)) {
      log.warn({ event: "auth.request_refused", type }, `Auth.js refused a request: ${type}`);
      return;
    }
    log.error({ err: error, type }, `Auth.js error: ${type}`);
  },
  warn(code: string) {
    logFor("auth").warn({ code }, `Auth.js warning: ${code}`);
  },
  // No `debug`: Auth.js then keeps its own, silent unless its `debug` option is on (its metadata
  // can hold tokens).
};

import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authLogger } from "./auth-logger";
import { dummyPasswordHash, verifyPassword } from "./password";
import { safeReturnPath } from "./return-path";
import { findUserForSignIn, normaliseEmail } from "@/lib/auth/data/users";
import { openSignInAttempt } from "@/lib/auth/data/sign-in-throttle";
import { createUserSession, revokeSession, SESSION_IDLE_HOURS } from "@/lib/auth/data/user-sessions";
import { clientAddress } from "@/lib/http/client-address";

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

/** The password was right but the e-mail address was never confirmed. */
class UnverifiedEmail extends CredentialsSignin {
  code = "unverified";
}

const credentialsSchema = z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(1024) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Behind our own reverse proxy or on localhost; the host header is trusted (AUTH_URL may pin it).
  // Without a trusted proxy, scripts/lib/peer-address.cjs drops client-sent X-Forwarded-Host.
  trustHost: true,
  // A wrong password is an info line, not an error with a stack (lib/auth/auth-logger.ts).
  logger: authLogger,
  // The cookie's own lifetime is the idle timeout; the session row (lib/auth/data/user-sessions.ts)
  // enforces idle and absolute lifetimes and revocation on every request.
  session: { strategy: "jwt", maxAge: SESSION_IDLE_HOURS * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const email = normaliseEmail(parsed.data.email);
        const address = clientAddress(request.headers);
        const user = await findUserForSignIn(email);
        // Counted and checked before hashing, atomically: every hash costs 19 MiB and tens of ms.
        const gate = await openSignInAttempt(email, address, user?.id ?? null);
        if (!gate.allowed) throw new ThrottledSignIn();
        const isValid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
        const succeeded = !!user && isValid && user.isActive;
        await gate.settle(succeeded);
        if (!succeeded) return null;
        if (!user.emailVerifiedAt) throw new UnverifiedEmail();
        const sessionId = await createUserSession(user.id, { ipAddress: address, userAgent: request.headers.get("user-agent") ?? "" });
        return { id: user.id, role: user.role, sessionVersion: user.sessionVersion, sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; role: string; sessionVersion: number; sessionId: string };
        token.uid = signedIn.id;
        token.role = signedIn.role;
        token.sv = signedIn.sessionVersion;
        token.sid = signedIn.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      // Only identifiers travel to the client; the server re-reads the user on every request.
      return { ...session, uid: token.uid as string, sv: token.sv as number, sid: token.sid as string, role: token.role as string };
    },
    // Auth.js's own redirects (sign-in/sign-out pages, callbackUrl) go through the one parser.
    redirect({ url, baseUrl }) {
      const base = new URL(baseUrl);
      let candidate: string | null = null;
      try {
        const parsed = new URL(url, baseUrl);
        candidate = parsed.origin === base.origin ? safeReturnPath(`${parsed.pathname}${parsed.search}${parsed.hash}`) : null;
      } catch {
        candidate = null;
      }
      return `${base.origin}${candidate ?? "/"}`;
    },
  },
  events: {
    // A plain sign-out (the form or POST /api/auth/signout) ends the session row, so a token
    // copied before it no longer works (the 2026-12-01 probe found it still valid).
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token && typeof token.sid === "string") await revokeSession(token.sid, "SIGN_OUT");
    },
  },
});

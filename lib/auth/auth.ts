import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authLogger } from "./auth-logger";
import { dummyPasswordHash, verifyPassword } from "./password";
import { findUserForSignIn, normaliseEmail } from "@/lib/data/users";
import { clearFailedSignIns, isSignInThrottled, recordFailedSignIn } from "@/lib/data/login-attempts";

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

const credentialsSchema = z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(1024) });

function clientIp(request: Request): string | null {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || null;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Behind our own reverse proxy or on localhost; the host header is trusted (AUTH_URL may pin it).
  trustHost: true,
  // A wrong password is an info line, not an error with a stack (lib/auth/auth-logger.ts).
  logger: authLogger,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const email = normaliseEmail(parsed.data.email);
        const ip = clientIp(request);
        // Throttle before hashing: every hash costs 19 MiB and tens of milliseconds.
        if (await isSignInThrottled(email, ip)) throw new ThrottledSignIn();
        const user = await findUserForSignIn(email);
        const isValid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
        if (!user || !isValid || !user.isActive) {
          await recordFailedSignIn(email, ip);
          return null;
        }
        await clearFailedSignIns(email);
        return { id: user.id, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; role: string; sessionVersion: number };
        token.uid = signedIn.id;
        token.role = signedIn.role;
        token.sv = signedIn.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      // Only identifiers travel to the client; the server re-reads the user on every request.
      return { ...session, uid: token.uid as string, sv: token.sv as number, role: token.role as string };
    },
  },
});

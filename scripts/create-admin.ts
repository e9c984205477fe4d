// npm run admin:create -- <email> "<full name>": the first administrator of a new deployment
// (sign-up creates applicants only; administrators then invite staff from /admin/staff).
// The password comes from ADMIN_PASSWORD, or a random one is made and printed once.
import { randomBytes } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db/client";
import { checkPasswordStrength } from "../lib/rules/password-strength";
import { withDatabase } from "./lib/database";

async function main() {
  const [emailArg, ...nameParts] = process.argv.slice(2);
  const email = (emailArg ?? "").trim().toLowerCase();
  const name = nameParts.join(" ").trim();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || name.length < 2) {
    console.error('Usage: npm run admin:create -- <email> "<full name>"   (password from ADMIN_PASSWORD, else generated)');
    process.exit(2);
  }
  const password = process.env.ADMIN_PASSWORD || randomBytes(18).toString("base64url");
  const weakness = checkPasswordStrength(password, email);
  if (weakness) {
    console.error(`ADMIN_PASSWORD is not acceptable: ${weakness}`);
    process.exit(2);
  }
  await withDatabase(async ({ url }) => {
    const prisma = createPrismaClient(url);
    try {
      if (await prisma.user.findUnique({ where: { email }, select: { id: true } }))
        throw new Error(`A user with the e-mail ${email} exists already.`);
      // The operator types the address: it counts as confirmed (no registration link for staff).
      await prisma.user.create({
        data: { email, name, role: "ADMIN", passwordHash: await hashPassword(password), emailVerifiedAt: new Date() },
      });
    } finally {
      await prisma.$disconnect();
    }
  });
  console.log(`Created the administrator ${email}.`);
  if (!process.env.ADMIN_PASSWORD) console.log(`Password (shown once; change it after signing in): ${password}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

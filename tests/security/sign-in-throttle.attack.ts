import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../lib/db/demo-accounts";
import { signIn } from "./support/auth";
import { recordAttack } from "./support/attack-log";

// The staff e-mail is easy to guess. Its owner signed in before from their office (127.0.0.2).
// Then an attacker fires 30 wrong guesses at once from one machine (127.0.0.1), each claiming a
// different address in X-Forwarded-For. Only the configured 5 may reach the password hash; the
// owner's correct password still works from the office, and from a new place too.
const staff = DEMO_ACCOUNTS.find((a) => a.role === "STAFF")!;
const PAIR_LIMIT = 5;

test("30 parallel sign-in guesses from 30 spoofed addresses", async () => {
  expect((await signIn(staff.email, staff.password, { localAddress: "127.0.0.2" })).outcome).toBe("signed-in");
  const guesses = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      signIn(staff.email, `wrong guess number ${i}`, {
        localAddress: "127.0.0.1",
        headers: { "x-forwarded-for": `203.0.113.${i + 1}`, "x-real-ip": `198.51.100.${i + 1}` },
      }),
    ),
  );
  const hashed = guesses.filter((g) => g.outcome === "invalid").length;
  const throttled = guesses.filter((g) => g.outcome === "throttled").length;
  recordAttack("sign-in guesses, 30 parallel, 30 spoofed addresses", guesses.length, throttled);
  expect(guesses.filter((g) => g.outcome === "signed-in")).toHaveLength(0);
  expect(hashed).toBeLessThanOrEqual(PAIR_LIMIT);
  expect(hashed + throttled).toBe(30);

  const owner = await signIn(staff.email, staff.password, { localAddress: "127.0.0.2" });
  const ownerElsewhere = await signIn(staff.email, staff.password, { localAddress: "127.0.0.3" });
  recordAttack(
    "owner's correct password after the attack (refused must be 0)",
    2,
    [owner, ownerElsewhere].filter((r) => r.outcome !== "signed-in").length,
  );
  expect(owner.outcome).toBe("signed-in");
  expect(ownerElsewhere.outcome).toBe("signed-in");
});

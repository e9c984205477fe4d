import { expect, test } from "@playwright/test";
import { binCheckDigit } from "../../lib/rules/bin";
import { recordAttack } from "./support/attack-log";
import { createCompanyAccount } from "./support/fixtures";
import { callAction, listServerActions } from "./support/server-actions";

// Registration must not tell whether an e-mail address is registered: the answer for a taken
// address and for a new one is the same, byte for byte, and takes about as long (medians within
// 50 ms). Each attempt comes from its own address so the per-address limit does not interfere.
const ROUNDS = 12;

function bin(n: number): string {
  for (let k = n; ; k++) {
    const first11 = String(30_000_000_000 + k).padStart(11, "0");
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test("registration: taken and new e-mail addresses get byte-identical answers in similar time", async () => {
  const action = listServerActions().find((a) => a.name === "registerAction")!;
  const taken = [];
  for (let i = 0; i < ROUNDS; i++) taken.push(await createCompanyAccount(`taken${i}`));
  const stamp = Date.now().toString(36);
  const timings = { taken: [] as number[], fresh: [] as number[] };
  const bodies = new Set<string>();
  const statuses = new Set<number>();
  for (let i = 0; i < ROUNDS; i++) {
    for (const kind of (i % 2 ? ["taken", "fresh"] : ["fresh", "taken"]) as ("taken" | "fresh")[]) {
      const email = kind === "taken" ? taken[i].email : `fresh-${stamp}-${i}@security.example`;
      const input = {
        name: "Probe Person",
        email,
        password: "a long probe passphrase",
        companyName: `Probe ${stamp} ${i}`,
        bin: bin((Number.parseInt(stamp, 36) % 1_000_000) * 100 + i * 2 + (kind === "taken" ? 1 : 0)),
      };
      const started = performance.now();
      const response = await callAction(action, [input], {
        cookie: "",
        path: "/register",
        localAddress: `127.0.1.${i * 2 + (kind === "taken" ? 1 : 2)}`,
      });
      timings[kind].push(performance.now() - started);
      // Let the work the server does after answering finish, so it does not slow the next probe.
      await new Promise((resolve) => setTimeout(resolve, 400));
      bodies.add(response.body.toString("base64"));
      statuses.add(response.status);
    }
  }
  const difference = Math.abs(median(timings.taken) - median(timings.fresh));
  console.log(
    `registration medians: taken ${median(timings.taken).toFixed(1)} ms, new ${median(timings.fresh).toFixed(1)} ms, difference ${difference.toFixed(1)} ms`,
  );
  recordAttack(
    "registration oracle: distinct answers (taken vs new e-mail)",
    ROUNDS * 2,
    bodies.size === 1 && statuses.size === 1 ? ROUNDS * 2 : 0,
  );
  recordAttack(
    `registration timing: median difference ${difference.toFixed(0)} ms (limit 50)`,
    ROUNDS * 2,
    difference < 50 ? ROUNDS * 2 : 0,
  );
  expect([...statuses]).toEqual([200]);
  expect(bodies.size).toBe(1);
  expect(difference).toBeLessThan(50);
});

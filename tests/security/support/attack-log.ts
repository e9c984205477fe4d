import { test } from "@playwright/test";

/** One row of the suite's table (printed by table-reporter.ts): how many attempts, how many refused. */
export function recordAttack(attackClass: string, attempts: number, refused: number): void {
  test.info().annotations.push({ type: "attack", description: JSON.stringify({ attackClass, attempts, refused }) });
}

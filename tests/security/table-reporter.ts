import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

type Row = { attackClass: string; attempts: number; refused: number; passed: boolean };

/** Prints "class | attempts | refused" for every attack the suite recorded (support/attack-log.ts). */
export default class AttackTableReporter implements Reporter {
  private rows: Row[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    for (const annotation of result.annotations) {
      if (annotation.type !== "attack" || !annotation.description) continue;
      const row = JSON.parse(annotation.description) as Omit<Row, "passed">;
      this.rows.push({ ...row, passed: result.status === "passed" });
    }
  }

  onEnd(result: FullResult): void {
    const width = Math.max(5, ...this.rows.map((r) => r.attackClass.length));
    const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(width)} | ${b.padStart(8)} | ${c.padStart(7)} | ${d}`;
    console.log(`\n${line("class", "attempts", "refused", "result")}`);
    console.log(`${"-".repeat(width)}-|----------|---------|-------`);
    for (const r of this.rows) console.log(line(r.attackClass, String(r.attempts), String(r.refused), r.passed ? "ok" : "FAILED"));
    const total = this.rows.reduce((sum, r) => ({ attempts: sum.attempts + r.attempts, refused: sum.refused + r.refused }), {
      attempts: 0,
      refused: 0,
    });
    console.log(`${"-".repeat(width)}-|----------|---------|-------`);
    console.log(line("total", String(total.attempts), String(total.refused), result.status === "passed" ? "ok" : "FAILED"));
  }

  printsToStdio(): boolean {
    return true;
  }
}

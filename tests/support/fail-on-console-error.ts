import { afterEach, beforeEach, vi } from "vitest";

// An unexpected console.error is a bug the assertions did not see (Epic Stack's habit).
let spy: { mock: { calls: unknown[][] }; mockRestore: () => void };
beforeEach(() => {
  spy = vi.spyOn(console, "error");
});
afterEach(() => {
  const calls = spy.mock.calls;
  spy.mockRestore();
  if (calls.length) throw new Error(`console.error was called: ${calls.map((c: unknown[]) => c.map(String).join(" ")).join("\n")}`);
});

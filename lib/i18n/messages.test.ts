import { afterEach, describe, expect, it, vi } from "vitest";
import { loadMessages } from "./messages";

describe("loadMessages", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("builds each language's messages once in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const first = await loadMessages("ru");
    expect(await loadMessages("ru")).toBe(first);
    expect(await loadMessages("kk")).not.toBe(first);
    expect(first.catalog).toBeTypeOf("object");
  });

  it("builds them afresh on every call in development, so an edited file shows at once", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const first = await loadMessages("en");
    const second = await loadMessages("en");
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });
});

import { expect, test } from "./support/test";

// The e2e server is the production server in demonstration mode (scripts/e2e-server.ts): every page
// must say so, in the reader's language, so that nobody mistakes it for the real service.
test("every page of the demonstration system shows the banner, in English, Russian and Kazakh", async ({ page }) => {
  for (const [path, text] of [
    ["/", "Demonstration system."],
    ["/services", "Demonstration system."],
    ["/ru/sign-in", "Демонстрационная система."],
    ["/kk/register", "Демонстрациялық жүйе."],
  ]) {
    await page.goto(path);
    await expect(page.getByTestId("demo-banner"), path).toContainText(text);
  }
});

test("the production server answers its liveness and readiness probes", async ({ request }) => {
  const live = await request.get("/api/health/live");
  expect(live.status()).toBe(200);
  const ready = await request.get("/api/health/ready");
  expect(await ready.json()).toEqual({ status: "ok", db: "ok", storage: "ok", mail: "ok" });
  expect(live.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

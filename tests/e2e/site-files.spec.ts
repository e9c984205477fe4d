import { expect, test } from "./support/test";
import { signInThroughApi } from "./support/accounts";

// Issue 16, defect 14: the favicon, icons, manifest and robots.txt exist; public pages may be
// indexed, signed-in areas may not. (A missing favicon is also a console error the guard catches.)
test("The site has a favicon, app icons, a web manifest and a robots.txt that keeps crawlers out of signed-in areas", async ({
  page,
  request,
}) => {
  for (const file of ["/favicon.ico", "/icon.svg", "/icon-192.png", "/icon-512.png", "/apple-touch-icon.png"]) {
    expect((await request.get(file)).status(), file).toBe(200);
  }
  const manifest = await (await request.get("/site.webmanifest")).json();
  expect(manifest.icons.length).toBeGreaterThanOrEqual(2);
  const robots = await (await request.get("/robots.txt")).text();
  for (const area of ["/portal", "/staff", "/admin", "/kk/portal", "/ru/staff"]) expect(robots).toContain(`Disallow: ${area}`);
  expect(robots).not.toMatch(/Disallow: \/services/);

  await page.goto("/services");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/site.webmanifest");
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await signInThroughApi(page, "STAFF");
  await page.goto("/kk/staff");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

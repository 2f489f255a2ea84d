// The app shell: it loads cleanly, every section is reachable by its link,
// deep links survive a reload, and every page passes axe-core.
import { test, expect, openApp, expectNoAxeViolations } from "./fixtures.js";

const SECTIONS = [
  { link: "Dashboard", heading: "Dashboard", hash: "#/" },
  { link: "Partners", heading: "Partners", hash: "#/partners" },
  { link: "Coalitions", heading: "Coalitions", hash: "#/coalitions" },
  { link: "Data", heading: "Data", hash: "#/data" },
  { link: "Guide", heading: "Guide", hash: "#/guide" },
];

test("the app loads with its name and main navigation", async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole("link", { name: "Common Ground" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page).toHaveTitle("Dashboard · Common Ground");
});

for (const section of SECTIONS) {
  test(`the "${section.link}" link opens its page, which survives a reload`, async ({ page }) => {
    await openApp(page, section.link === "Dashboard" ? "#/guide" : "#/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: section.link, exact: true }).click();

    const heading = page.getByRole("heading", { level: 1, name: section.heading });
    await expect(heading).toBeVisible();
    expect(new URL(page.url()).hash).toBe(section.hash);
    await expect(nav.getByRole("link", { name: section.link, exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.locator("main")).toBeFocused();

    await page.reload();
    await expect(heading).toBeVisible();
    expect(new URL(page.url()).hash).toBe(section.hash);
  });

  test(`the ${section.heading} page has no axe-core violations`, async ({ page }) => {
    await openApp(page, section.hash);
    await expect(page.getByRole("heading", { level: 1, name: section.heading })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("an unknown address says so and links back", async ({ page }) => {
  await openApp(page, "#/nowhere");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});

test("the skip link moves focus to the main content without changing the page", async ({ page }) => {
  await openApp(page, "#/guide");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await expect(page.getByRole("heading", { level: 1, name: "Guide" })).toBeVisible();
  expect(new URL(page.url()).hash).toBe("#/guide");
});

test("the navigation fits a 360 px wide phone without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expectNoAxeViolations(page);
});

// The system's dark scheme: followed on every screen, with AA contrast
// (axe-core) in both schemes; printouts stay dark on white.
import { test, expect, expectNoAxeViolations } from "./fixtures.js";

const mainNav = (page) => page.getByRole("navigation", { name: "Main" });

/** The demo's screens with the most to read: every step of a partner, and around them. */
async function everyScreen(page, visit) {
  await page.goto("./#/demo");
  await expect(page.getByRole("heading", { name: "Next actions" })).toBeVisible();
  await visit("dashboard");
  await mainNav(page).getByRole("link", { name: "Partners" }).click();
  await visit("partner list");
  await page.getByRole("link", { name: "Harbor Mutual Aid Network" }).click();
  const steps = page.getByRole("navigation", { name: "Steps" });
  for (const step of ["Research", "First contact", "Meeting", "Log"]) {
    await steps.getByRole("link", { name: step }).click();
    await expect(page.getByRole("heading", { level: 2, name: step === "First contact" ? "First contact" : step }).first()).toBeVisible();
    await visit(step);
  }
  await page.getByRole("button", { name: /^Edit / }).first().click();
  await visit("an open log entry");
  await mainNav(page).getByRole("link", { name: "Partners" }).click();
  await page.getByRole("link", { name: "Disability Justice Collective" }).click();
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "First contact" }).click();
  await expect(page.getByRole("region", { name: "Humility check" }).getByRole("listitem").first()).toBeVisible();
  await visit("a draft with humility flags");
  await mainNav(page).getByRole("link", { name: "Data" }).click();
  await visit("data");
}

for (const colorScheme of ["dark", "light"]) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test("every screen meets AA contrast", async ({ page }) => {
      // axe on every screen takes about 30 s on a 2-core machine: three times the usual time.
      test.slow();
      await everyScreen(page, async () => {
        await expectNoAxeViolations(page);
      });
      const paper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(paper).toBe(colorScheme === "dark" ? "rgb(18, 23, 21)" : "rgb(251, 250, 247)");
    });
  });
}

test("printing in the dark scheme keeps dark text on white", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark", media: "print" });
  await page.goto("./#/demo");
  await expect(page.locator("h1")).toBeVisible();
  const [ink, paper] = await page.evaluate(() => {
    // The paper is the first background that is not transparent, from the body out.
    const transparent = "rgba(0, 0, 0, 0)";
    const body = getComputedStyle(document.body).backgroundColor;
    const root = getComputedStyle(document.documentElement).backgroundColor;
    return [getComputedStyle(document.body).color, body !== transparent ? body : root];
  });
  expect(ink).toBe("rgb(28, 36, 32)");
  expect(paper).toMatch(/^rgb\(2(4[0-9]|5[0-5]), 2(4[0-9]|5[0-5]), 2(4[0-9]|5[0-5])\)$/);
});

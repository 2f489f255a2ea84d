// Presenter mode for a projector, and the walk-through of the demo by
// keyboard alone, as a presentation clicker drives it.
import { test, expect, openApp, expectNoAxeViolations } from "./fixtures.js";

const toggle = (page) => page.getByRole("button", { name: "Presenter mode" });
const walk = (page) => page.getByRole("region", { name: /^Stop \d+ of \d+:/ });
const rootFontSize = (page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

test.use({ viewport: { width: 1280, height: 720 } });

test("presenter mode scales the page, hides backup chrome, and lasts across a reload", async ({ page }) => {
  await openApp(page);
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
  expect(await rootFontSize(page)).toBe("16px");
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
  expect(await rootFontSize(page)).toBe("24px");
  await expect(page.getByRole("heading", { name: "Backup" })).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "legible on a 1280 × 720 projector without sideways scrolling").toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
  await toggle(page).click();
  expect(await rootFontSize(page)).toBe("16px");
  await expect(page.getByRole("heading", { name: "Backup" })).toBeVisible();
});

test("an address with ?presenter opens in presenter mode", async ({ page }) => {
  await page.goto("./?presenter#/");
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
  expect(await rootFontSize(page)).toBe("24px");
});

test("the walk-through goes stop by stop with the clicker's keys", async ({ page }) => {
  await page.goto("./#/demo");
  await page.getByRole("button", { name: "Start the walk-through" }).click();
  await expect(walk(page)).toBeVisible();
  await expect(walk(page).getByRole("heading")).toHaveText("Stop 1 of 9: Where things stand");
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("heading", { name: "Next actions" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.keyboard.press("ArrowRight");
  await expect(walk(page).getByRole("heading")).toHaveText("Stop 2 of 9: Homework first");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Northside Youth Voices");
  await expect(page).toHaveURL(/#\/partners\/[0-9a-f-]+\/research$/);
  await page.keyboard.press("PageDown");
  await expect(walk(page).getByRole("heading")).toHaveText("Stop 3 of 9: A humble first contact");
  await expect(page.getByRole("region", { name: "Humility check" }).getByRole("listitem").first()).toBeVisible();
  // The stop brings what it is about into view: the draft, not the page's top.
  await expect(page.getByRole("heading", { name: "Your draft", exact: true })).toBeInViewport();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.keyboard.press("PageUp");
  await expect(walk(page).getByRole("heading")).toHaveText("Stop 2 of 9: Homework first");

  // Keys typed into a field stay in the field.
  await page.getByRole("textbox", { name: "Mission" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(walk(page).getByRole("heading")).toHaveText("Stop 2 of 9: Homework first");
  await page.getByRole("textbox", { name: "Mission" }).blur();

  for (let n = 3; n <= 5; n += 1) await page.keyboard.press("PageDown");
  await expect(walk(page).getByRole("heading")).toHaveText("Stop 5 of 9: Go to them, and listen");
  await expect(page.getByRole("heading", { name: "Agenda", exact: true })).toBeInViewport();
  for (let n = 6; n <= 9; n += 1) await page.keyboard.press("PageDown");
  await expect(walk(page).getByRole("heading")).toHaveText("Stop 9 of 9: Coalitions");
  await expect(walk(page).getByRole("button", { name: "Next" })).toBeDisabled();
  await expect(page.getByRole("heading", { level: 1, name: "Coalitions" })).toBeVisible();
  await page.keyboard.press("PageDown");
  await expect(walk(page).getByRole("heading")).toHaveText("Stop 9 of 9: Coalitions");
  await walk(page).getByRole("button", { name: "End the walk-through" }).click();
  await expect(walk(page)).toHaveCount(0);
});

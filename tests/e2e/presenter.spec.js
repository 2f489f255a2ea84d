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

  // A clicker pressed quickly: three stops (two on one page) before any
  // page has opened. The stop reached shows its own part, not an earlier one's.
  await page.evaluate(() => {
    for (let n = 0; n < 3; n += 1) {
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "PageDown", bubbles: true }));
    }
  });
  await expect(walk(page).getByRole("heading")).toHaveText("Stop 5 of 9: Go to them, and listen");
  await expect(page.getByRole("heading", { name: "Agenda", exact: true })).toBeInViewport();
  // Once every page change queued by those keys has run, it is still there.
  await page.evaluate(() => new Promise((done) => {
    const frame = (left) => (left === 0 ? done() : requestAnimationFrame(() => frame(left - 1)));
    frame(5);
  }));
  await expect(page.getByRole("heading", { name: "Agenda", exact: true })).toBeInViewport();
  for (let n = 6; n <= 9; n += 1) await page.keyboard.press("PageDown");
  await expect(walk(page).getByRole("heading")).toHaveText("Stop 9 of 9: Coalitions");
  // The last stop finishes rather than showing a Next that does nothing.
  await expect(walk(page).getByRole("button", { name: "Next" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Coalitions" })).toBeVisible();
  await page.keyboard.press("PageDown");
  await expect(walk(page).getByRole("heading")).toHaveText("Stop 9 of 9: Coalitions");
  await walk(page).getByRole("button", { name: "Finish" }).click();
  await expect(walk(page)).toHaveCount(0);
  // Presenter mode ends with it, and focus goes to the page, not to nowhere.
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator("main")).toBeFocused();
});

test("the walk-through keeps focus on Next, says each stop, and never hides the focused control", async ({ page }) => {
  await page.goto("./#/demo");
  await page.getByRole("button", { name: "Start the walk-through" }).click();
  const said = walk(page).getByRole("status");
  await expect(said).toHaveText(/^Stop 1 of 9: Where things stand\. /);
  // The caption reads at the page's size on the projector.
  const sizes = await page.evaluate(() => [
    getComputedStyle(document.querySelector(".walk-through p")).fontSize,
    getComputedStyle(document.querySelector("main p") ?? document.body).fontSize,
  ]);
  expect(sizes[0]).toBe(sizes[1]);
  // Each stop's subject is in view, above the caption panel, at 1280 × 720.
  const subjects = { 3: "composer-heading", 4: "sent-heading", 5: "agenda-heading", 6: "after-heading", 7: "reciprocity-step-heading", 8: "timeline-heading" };
  for (let stop = 2; stop <= 8; stop += 1) {
    await walk(page).getByRole("button", { name: "Next" }).click();
    await expect(said).toHaveText(new RegExp(`^Stop ${stop} of 9: `));
    await expect(walk(page).getByRole("button", { name: "Next" })).toBeFocused();
    if (!subjects[stop]) continue;
    const subject = page.locator(`#${subjects[stop]}`);
    await expect(subject).toBeInViewport();
    await expect
      .poll(async () => {
        const [box, panel] = await Promise.all([subject.boundingBox(), walk(page).boundingBox()]);
        return box.y > -1 && box.y + box.height <= panel.y;
      }, { message: `stop ${stop}: its subject sits above the panel` })
      .toBe(true);
  }
  await walk(page).getByRole("button", { name: "Back" }).click();
  await walk(page).getByRole("button", { name: "Back" }).click();
  await walk(page).getByRole("button", { name: "Back" }).click();
  await expect(said).toHaveText(/^Stop 5 of 9: /);

  // Tabbing through the page, what has focus is never behind the panel.
  await page.locator("main").focus();
  for (let n = 0; n < 25; n += 1) {
    await page.keyboard.press("Tab");
    const hidden = await page.evaluate(() => {
      const focused = document.activeElement;
      const panel = document.querySelector(".walk-through");
      if (!focused || panel.contains(focused)) return false;
      const box = focused.getBoundingClientRect();
      return box.top >= panel.getBoundingClientRect().top;
    });
    expect(hidden, `Tab stop ${n + 1} is hidden behind the walk-through`).toBe(false);
  }

  // Ending it puts focus on the page and ends presenter mode.
  await walk(page).getByRole("button", { name: "End the walk-through" }).click();
  await expect(page.locator("main")).toBeFocused();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
});

test("on a phone the walk-through keeps the phone's own text size, and leaving the demo ends presenter mode", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./#/demo");
  await page.getByRole("button", { name: "Start the walk-through" }).click();
  await expect(walk(page)).toBeVisible();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
  expect(await rootFontSize(page)).toBe("16px");

  await page.setViewportSize({ width: 1280, height: 720 });
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Back to my workspace" }).click();
  await expect(page.getByRole("complementary", { name: "Demo workspace" })).toHaveCount(0);
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
  expect(await rootFontSize(page)).toBe("16px");
  await expect(page.locator("main")).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Back in your own workspace." })).toBeAttached();
});

// Safari's limits on stored data: explained once on Safari (found by its
// features), with the Add to Home Screen steps, and a stronger export
// reminder after that; not shown elsewhere, nor once added to the Home Screen.
import { test, expect, openApp, addPartner, expectNoAxeViolations } from "./fixtures.js";

/** Makes Chromium offer what Safari offers: gesture events, and Apple as the vendor. */
function likeSafari({ standalone }) {
  window.GestureEvent = function GestureEvent() {};
  Object.defineProperty(Navigator.prototype, "vendor", { get: () => "Apple Computer, Inc." });
  if (standalone) Object.defineProperty(Navigator.prototype, "standalone", { get: () => true });
}

const notice = (page) => page.getByRole("region", { name: "Safari may delete your notes" });
const reminder = (page) => page.getByText(/^In Safari, data of a site not opened for seven days/);

test("Safari's seven-day limit is explained once, with the Home Screen steps", async ({ page }) => {
  await page.addInitScript(likeSafari, { standalone: false });
  await openApp(page);
  await expect(notice(page)).toContainText("tap Share, then Add to Home Screen");
  await expect(notice(page)).toContainText("export your data every week");
  await expectNoAxeViolations(page);
  await addPartner(page, "Casa Latina");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(reminder(page)).toBeVisible();
  await notice(page).getByRole("button", { name: "Got it" }).click();
  await expect(notice(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Next actions" })).toBeVisible();
  await expect(notice(page), "explained once").toHaveCount(0);
  await expect(reminder(page), "the stronger reminder stays").toBeVisible();
});

test("added to the Home Screen, or in another browser, nothing is said", async ({ page, context }) => {
  await page.addInitScript(likeSafari, { standalone: true });
  await openApp(page);
  await expect(page.getByRole("heading", { name: "Next actions" })).toBeVisible();
  await expect(notice(page)).toHaveCount(0);

  const chromium = await context.newPage();
  await openApp(chromium);
  await addPartner(chromium, "Casa Latina");
  await chromium.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(chromium.getByRole("heading", { name: "Backup" })).toBeVisible();
  await expect(notice(chromium)).toHaveCount(0);
  await expect(reminder(chromium)).toHaveCount(0);
  await chromium.close();
});

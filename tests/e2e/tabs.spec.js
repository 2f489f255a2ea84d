// Two open tabs never silently overwrite each other.
import {
  test,
  expect,
  openApp,
  readStorage,
  addPartner,
  waitForStoredPartner,
  expectNoAxeViolations,
} from "./fixtures.js";

/** Saves a tab's pending changes at once, as leaving the page does. */
async function saveNow(tab) {
  await tab.evaluate(() => window.dispatchEvent(new Event("pagehide")));
}

/**
 * Adds a partner in `tab` that stays unsaved, and one in `other` that is
 * saved right after. The installed clock still runs in real time, so `tab`
 * saves by itself a second after its change: `other` has its name typed
 * beforehand, so that only a click and a save stand between the two.
 */
async function bothChange(tab, unsaved, other, saved) {
  await other.getByRole("textbox", { name: "Organization name" }).fill(saved);
  await addPartner(tab, unsaved);
  await other.getByRole("button", { name: "Add partner" }).click();
  await saveNow(other);
  await waitForStoredPartner(other, saved);
}

test("a tab with nothing unsaved takes up what another tab saved", async ({ page, context }) => {
  await openApp(page, "#/partners");
  const other = await context.newPage();
  await openApp(other, "#/partners");

  await addPartner(other, "Saved in the other tab");
  await waitForStoredPartner(other, "Saved in the other tab");
  await expect(page.getByRole("link", { name: "Saved in the other tab" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Changed in another tab" })).toHaveCount(0);
  await other.close();
});

test("when both tabs changed, nothing is overwritten until the user chooses", async ({ page, context }) => {
  // The clock lets the test move time on; it still runs in real time, so
  // the two changes are made close together (bothChange).
  await page.clock.install();
  await openApp(page, "#/partners");
  const other = await context.newPage();
  await openApp(other, "#/partners");

  await bothChange(page, "Unsaved here", other, "Saved there");

  const conflict = page.getByRole("region", { name: "Changed in another tab" });
  await expect(conflict).toBeVisible();
  await expectNoAxeViolations(page);
  // Nothing was overwritten: storage holds the other tab's save, this tab keeps its change.
  await page.clock.runFor(5_000);
  const stored = JSON.stringify(await readStorage(page));
  expect(stored).toContain("Saved there");
  expect(stored).not.toContain("Unsaved here");
  await expect(page.getByRole("link", { name: "Unsaved here" })).toBeVisible();

  await conflict.getByRole("button", { name: "Keep this tab's version" }).click();
  await expect(conflict).toBeHidden();
  await waitForStoredPartner(page, "Unsaved here");
  await expect(other.getByRole("link", { name: "Unsaved here" })).toBeVisible();
  await expect(other.getByRole("link", { name: "Saved there" })).toBeHidden();
  await other.close();
});

test("the user can load the other tab's version instead", async ({ page, context }) => {
  await page.clock.install();
  await openApp(page, "#/partners");
  const other = await context.newPage();
  await openApp(other, "#/partners");

  await bothChange(page, "Dropped here", other, "Kept there");

  const conflict = page.getByRole("region", { name: "Changed in another tab" });
  await conflict.getByRole("button", { name: "Load the other tab's version" }).click();
  await expect(page.getByRole("link", { name: "Kept there" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Dropped here" })).toBeHidden();
  await page.clock.runFor(5_000);
  expect(JSON.stringify(await readStorage(page))).not.toContain("Dropped here");
  await other.close();
});

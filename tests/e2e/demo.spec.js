// The demo workspace: opened from the Data page or a #/demo link, used,
// reset and left, while the user's own workspace stays byte for byte as it was.
import { test, expect, openApp, addPartner, downloadText, expectNoAxeViolations } from "./fixtures.js";

const banner = (page) => page.getByRole("complementary", { name: "Demo workspace" });
const mainNav = (page) => page.getByRole("navigation", { name: "Main" });

/** Every stored key and raw value of the user's own workspace. */
const ownKeys = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith("common-ground:own:"))
        .sort()
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );

/** The names in the partner list. */
async function partnerNames(page) {
  await mainNav(page).getByRole("link", { name: "Partners" }).click();
  const list = page.locator(".partner-list");
  await expect(list).toBeVisible();
  return list.getByRole("link").allTextContents();
}

test("the demo opens, is used, reset and left, and the own workspace never changes", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Our Own Partner");
  await expect.poll(async () => Object.keys(await ownKeys(page)).some((key) => key.includes(":partner:"))).toBe(true);
  const before = await ownKeys(page);

  await mainNav(page).getByRole("link", { name: "Data" }).click();
  await page.getByRole("button", { name: "Open demo workspace" }).click();
  await expect(banner(page)).toBeVisible();
  // The address names the demo, so a copied one opens it for participants.
  await expect(page).toHaveURL(/#\/demo$/);
  // Focus is on the banner that says the demo is open, and it is said.
  await expect(banner(page)).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "The demo workspace is open." })).toBeAttached();
  await expect(page.getByRole("heading", { name: "Next actions" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Losing touch" })).toContainText("Southside Food Justice Alliance");
  await expect(page.getByRole("heading", { name: "Backup" }), "sample data needs no backup").toHaveCount(0);
  await expectNoAxeViolations(page);
  const story = await partnerNames(page);
  expect(story).toHaveLength(7);
  expect(story).not.toContain("Our Own Partner");
  expect(await ownKeys(page), "opening the demo leaves the own workspace as it was").toEqual(before);

  // Used: a partner added, and it survives a reload, still in the demo.
  await addPartner(page, "Workshop Practice Group");
  await page.reload();
  await expect(banner(page)).toBeVisible();
  expect(await partnerNames(page)).toContain("Workshop Practice Group");
  expect(await ownKeys(page), "using the demo leaves the own workspace as it was").toEqual(before);

  // Exported: named and marked as sample data.
  await mainNav(page).getByRole("link", { name: "Data" }).click();
  const file = await downloadText(page, page.getByRole("button", { name: "Export data" }));
  expect(file.name).toMatch(/^common-ground-demo-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
  expect(JSON.parse(file.text).sample_data).toBe(true);

  // Reset: the story as it started.
  await banner(page).getByRole("button", { name: "Reset demo" }).click();
  await expect(banner(page).getByRole("status")).toHaveText("The demo is back to its start, dated from today.");
  const reset = await partnerNames(page);
  expect(reset).toEqual(story);
  expect(await ownKeys(page), "resetting the demo leaves the own workspace as it was").toEqual(before);

  // Back: the own workspace, exactly as it was.
  await banner(page).getByRole("button", { name: "Back to my workspace" }).click();
  await expect(page.getByRole("heading", { name: "Next actions" })).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Backup" })).toBeVisible();
  expect(await partnerNames(page)).toEqual(["Our Own Partner"]);
  expect(await ownKeys(page), "after the demo the own workspace is byte for byte the same").toEqual(before);
});

test("a #/demo link opens the demo directly, and a new tab opens the own workspace", async ({ page, context }) => {
  await page.goto("./#/demo");
  await expect(banner(page)).toBeVisible();
  await expect(page).toHaveURL(/#\/demo$/);
  await expect(page.getByRole("region", { name: "Next actions" })).toContainText("Casa Latina Workers' Center");

  const other = await context.newPage();
  await openApp(other);
  await expect(other.getByRole("heading", { name: "Next actions" })).toBeVisible();
  await expect(banner(other)).toHaveCount(0);
  await expect(other.getByRole("region", { name: "Getting started" })).toBeVisible();
  await other.close();
});

test("the demo banner fits a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("./#/demo");
  await expect(banner(page)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

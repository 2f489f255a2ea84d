// Recently deleted: a deleted partner or coalition waits on the Data page
// with its last edits, Restore brings it back, and emptying the list is for
// good once its Undo has passed.
import { test, expect, openApp, importReplacing, readStorage, exportFile, expectNoAxeViolations } from "./fixtures.js";

const PARTNER = "00000000-0000-4000-8000-000000000001";
const COALITION = "00000000-0000-4000-8000-0000000000c1";
const stamp = { created_at: "2026-10-01T09:00:00Z", updated_at: "2026-10-02T09:00:00Z" };

const FILE = exportFile({
  partners: [
    { id: PARTNER, ...stamp, stage: "met", organization: { name: "Casa Latina" }, research: { mission: "Workers' rights" } },
    { id: "00000000-0000-4000-8000-000000000002", ...stamp, organization: { name: "Access Now" } },
  ],
  coalitions: [{ id: COALITION, ...stamp, name: "Fair Wages", partner_ids: [PARTNER] }],
});

function recentlyDeleted(page) {
  return page.getByRole("region", { name: "Recently deleted" });
}

async function deleteCasaLatinaAfterAnEdit(page) {
  await openApp(page, `#/partners/${PARTNER}/research`);
  await page.getByRole("textbox", { name: "Mission" }).fill("Workers' rights, and wage theft clinics");
  await page.getByRole("button", { name: "Delete partner" }).click();
  await page.getByRole("dialog", { name: "Delete Casa Latina?" }).getByRole("button", { name: "Delete it and its records" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partners" })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await openApp(page, "#/data");
  await importReplacing(page, FILE);
});

test("a deleted partner waits in Recently deleted with its last edit, and Restore brings it back", async ({ page }) => {
  await deleteCasaLatinaAfterAnEdit(page);
  await openApp(page, "#/data");
  const section = recentlyDeleted(page);
  await expect(section.getByRole("listitem")).toHaveCount(1);
  await expect(section.getByRole("listitem")).toContainText("Casa Latina");
  await expect(section.getByRole("listitem")).toContainText("Partner, deleted");
  await expectNoAxeViolations(page);

  // It stays there across a reload: the delete is stored, the partner is not in the lists.
  await page.reload();
  await expect(section.getByRole("listitem")).toContainText("Casa Latina");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners", exact: true }).click();
  await expect(page.getByRole("link", { name: "Casa Latina" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Data", exact: true }).click();
  await section.getByRole("button", { name: "Restore" }).click();
  await expect(section.getByRole("status")).toHaveText("Restored Casa Latina.");
  await expect(section).toContainText("Nothing deleted is waiting here.");
  await openApp(page, `#/partners/${PARTNER}/research`);
  await expect(page.getByRole("textbox", { name: "Mission" })).toHaveValue("Workers' rights, and wage theft clinics");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Mission" })).toHaveValue("Workers' rights, and wage theft clinics");
});

test("emptying Recently deleted offers Undo, then removes the partner and its document for good", async ({ page }) => {
  await deleteCasaLatinaAfterAnEdit(page);
  await openApp(page, "#/data");
  const section = recentlyDeleted(page);
  await section.getByRole("button", { name: "Empty recently deleted (1 item)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Removed 1 partner or coalition from Recently deleted, for good." })).toBeVisible();
  await expect(section).toContainText("Nothing deleted is waiting here.");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(section.getByRole("listitem")).toContainText("Casa Latina");

  await section.getByRole("button", { name: "Empty recently deleted (1 item)" }).click();
  await expect(section).toContainText("Nothing deleted is waiting here.");
  await page.reload();
  await expect(section).toContainText("Nothing deleted is waiting here.");
  const keys = Object.keys(await readStorage(page));
  expect(keys.filter((key) => key.includes(PARTNER))).toEqual([]);
  expect(keys).toContain("common-ground:own:doc:index");
});

test("a deleted coalition waits there too, on a phone-sized screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, `#/coalitions/${COALITION}`);
  await page.getByRole("button", { name: "Delete coalition" }).click();
  await page.getByRole("dialog").getByRole("button", { name: /^Delete/ }).click();
  await openApp(page, "#/data");
  const section = recentlyDeleted(page);
  await expect(section.getByRole("listitem")).toContainText("Fair Wages");
  await expect(section.getByRole("listitem")).toContainText("Coalition, deleted");
  await expectNoAxeViolations(page);
  await section.getByRole("button", { name: "Restore" }).click();
  await openApp(page, "#/coalitions");
  await expect(page.getByRole("link", { name: "Fair Wages" })).toBeVisible();
});

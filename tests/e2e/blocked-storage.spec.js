// When the browser blocks storage, the app still works in memory, says so
// plainly, and can still export.
import { test, expect, openApp, addPartner, downloadText } from "./fixtures.js";

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
});

test("blocked storage: the app works in memory with a lasting warning, and export works", async ({ page }) => {
  await openApp(page);
  const warning = page.getByRole("alert").filter({ hasText: "does not let Common Ground store data" });
  await expect(warning).toBeVisible();

  await addPartner(page, "Kept in memory");
  await expect(page.getByRole("link", { name: "Kept in memory" })).toBeVisible();
  await page.waitForTimeout(1_200);
  await expect(warning).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Data" }).click();
  const file = await downloadText(page, page.getByRole("button", { name: "Export data" }));
  const exported = JSON.parse(file.text);
  expect(exported.workspace.partners.map((p) => p.organization.name)).toEqual(["Kept in memory"]);
  await expect(warning).toBeVisible();
});

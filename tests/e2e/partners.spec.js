// The first vertical slice: a partner added on the Partners page is stored
// in the browser and is still there after a reload. (Markup typed as a name
// stays text: a scenario of tests/engines/scenarios.mjs, run in every engine.)
import { test, expect, openApp, expectNoAxeViolations } from "./fixtures.js";

test("a partner added survives a reload and opens its own page", async ({ page }) => {
  await openApp(page, "#/partners");
  await expect(page.getByText("No partners yet.")).toBeVisible();

  await page.getByRole("textbox", { name: "Organization name" }).fill("Casa Latina");
  await page.getByRole("button", { name: "Add partner" }).click();

  const list = page.getByRole("list").filter({ hasText: "Casa Latina" });
  await expect(list.getByRole("link", { name: "Casa Latina" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Added" })).toHaveText("Added Casa Latina.");
  await expect(page.getByRole("textbox", { name: "Organization name" })).toHaveValue("");

  await page.reload();
  const link = page.getByRole("link", { name: "Casa Latina" });
  await expect(link).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Casa Latina" })).toContainText("Researching");

  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Casa Latina" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Casa Latina" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("partners are added by keyboard alone", async ({ page }) => {
  await openApp(page, "#/partners");
  const name = page.getByRole("textbox", { name: "Organization name" });
  await name.focus();
  await page.keyboard.type("Tenants United");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Tenants United" })).toBeVisible();
  await expect(name).toBeFocused();
  await page.keyboard.type("Disability Rights Now");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Disability Rights Now" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an empty name is refused with a message and nothing is stored", async ({ page }) => {
  await openApp(page, "#/partners");
  await page.getByRole("textbox", { name: "Organization name" }).fill("   ");
  await page.getByRole("button", { name: "Add partner" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter the organization's name." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Organization name" })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  const stored = await page.evaluate(() => Object.keys(localStorage));
  expect(stored).toEqual([]);
  await expectNoAxeViolations(page);
});

test("the dashboard counts partners by stage", async ({ page }) => {
  await openApp(page, "#/partners");
  for (const name of ["First", "Second"]) {
    await page.getByRole("textbox", { name: "Organization name" }).fill(name);
    await page.getByRole("button", { name: "Add partner" }).click();
    await expect(page.getByRole("link", { name })).toBeVisible();
  }
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("link", { name: "Researching: 2 partners" })).toBeVisible();
});

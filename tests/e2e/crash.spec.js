// The crash screen, against the crash-test build (dist-trap/), where opening
// #/trap stops the app with a real WebAssembly trap, as a bug would. The page
// must not freeze or go blank: it says what happened, saves the stored data
// as a file with no WebAssembly, and opens the Data page.
import { test as base, expect } from "@playwright/test";
import { addPartner, waitForStoredPartner, downloadText, expectNoAxeViolations } from "./fixtures.js";

/** Each test records the page's errors: the trap must be one of them. */
const test = base.extend({
  pageErrors: async ({ page }, use) => {
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await use(errors);
  },
});

const crashScreen = (page) => page.getByRole("alertdialog", { name: "Common Ground stopped" });

test("when the app stops, the crash screen says so and saves the stored data without WebAssembly", async ({
  page,
  pageErrors,
}) => {
  await page.goto("./#/");
  await addPartner(page, "Casa Latina");
  await waitForStoredPartner(page, "Casa Latina");

  await page.evaluate(() => {
    location.hash = "#/trap";
  });
  await expect(crashScreen(page)).toBeVisible();
  expect(pageErrors.join("\n")).toMatch(/unreachable|RuntimeError/i);
  await expect(page.getByRole("heading", { name: "Common Ground stopped" })).toBeFocused();
  await page.getByText("What happened").click();
  await expect(crashScreen(page)).toContainText("stopped on purpose");
  await expectNoAxeViolations(page);

  const file = await downloadText(page, page.getByRole("button", { name: "Save a copy of my data" }));
  expect(file.name).toMatch(/^common-ground-stored-data-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(file.text);
  const partner = Object.entries(saved.values).find(([key]) => key.startsWith("common-ground:own:partner:"));
  expect(JSON.parse(partner[1]).organization.name).toBe("Casa Latina");
  await expect(crashScreen(page).getByRole("status")).toContainText("Saved common-ground-stored-data-");

  await page.getByRole("link", { name: "Open the Data page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Data" })).toBeVisible();
  await expect(crashScreen(page)).toHaveCount(0);
});

test("an app that stops while starting shows the crash screen, not a blank page", async ({ page, pageErrors }) => {
  await page.goto("./#/trap");
  await expect(crashScreen(page)).toBeVisible();
  expect(pageErrors.join("\n")).toMatch(/unreachable|RuntimeError/i);
  await expect(crashScreen(page).getByRole("button", { name: "Save a copy of my data" })).toBeEnabled();
});

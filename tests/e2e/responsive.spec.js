// Every screen fits a 360 px wide phone: no sideways scrolling.
import { test, expect, openApp, addPartner } from "./fixtures.js";

async function expectNoSidewaysScroll(page, where) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, where).toBe(0);
}

test("every screen fits a 360 px wide phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page);
  await addPartner(page, "Casa Latina Workers' Center of Springfield");
  await expectNoSidewaysScroll(page, "partners");
  await page.getByRole("link", { name: "Casa Latina Workers' Center of Springfield" }).click();
  await page.getByRole("button", { name: "Add person" }).click();
  await expectNoSidewaysScroll(page, "research");
  const steps = page.getByRole("navigation", { name: "Steps" });
  await steps.getByRole("link", { name: "First contact" }).click();
  await page.getByRole("button", { name: "Start a draft" }).click();
  await expectNoSidewaysScroll(page, "first contact");
  await steps.getByRole("link", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Plan a meeting" }).click();
  await expectNoSidewaysScroll(page, "meeting");
  await steps.getByRole("link", { name: "Log" }).click();
  await page.getByRole("button", { name: "Add interaction" }).click();
  await expectNoSidewaysScroll(page, "log");
  for (const section of ["Dashboard", "Coalitions", "Data", "Guide"]) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: section }).click();
    await expect(page.getByRole("heading", { level: 1, name: section })).toBeVisible();
    await expectNoSidewaysScroll(page, section);
  }
});

// The Guide: a section per habit of the organizing guide, each reached from
// the step where it matters by a "Why?" link, and printable as a handout of
// two pages for workshop participants.
import { test, expect, openApp, addPartner, expectNoAxeViolations, clickToPrint } from "./fixtures.js";

test("each step links to the habit it puts to work, and the guide opens there", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await page.getByRole("link", { name: "Casa Latina" }).click();
  const steps = page.getByRole("navigation", { name: "Steps" });
  const expected = [
    ["Research", "Do your homework first"],
    ["First contact", "Reach out to learn, not to recruit"],
    ["Meeting", "Go to them, and listen first"],
    ["Log", "Show up before you ask"],
  ];
  for (const [step, habit] of expected) {
    await steps.getByRole("link", { name: step }).click();
    await page.getByRole("link", { name: `Why? ${habit}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Guide" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: habit })).toBeFocused();
    await page.goBack();
  }
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guide" }).click();
  const habits = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(habits).toHaveCount(9);
  await expectNoAxeViolations(page);
});

test("the guide prints as a two-page handout", async ({ page }) => {
  await openApp(page, "#/guide");
  expect(await clickToPrint(page, page.getByRole("button", { name: "Print the handout" }))).toBe(true);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print the handout" })).toBeHidden();
  for (const format of ["A4", "Letter"]) {
    const pdf = (await page.pdf({ format })).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length, `${format} pages`).toBe(2);
  }
});

// Focus after every action goes to what the action produced: the new
// record's first field, the planned meeting's date, the note that the
// meeting took place. Keyboard users continue where the change happened.
import { test, expect, openApp, addPartner } from "./fixtures.js";

async function openNewPartner(page, step) {
  await openApp(page, "#/partners");
  await addPartner(page, "Casa Latina");
  await page.getByRole("link", { name: "Casa Latina" }).click();
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: step }).click();
}

/** Clicks `button` and expects focus on the newest field labelled `label`, in view. */
async function addAndExpectFocus(page, button, label) {
  await page.getByRole("button", { name: button, exact: true }).click();
  const field = page.getByLabel(label, { exact: true }).last();
  await expect(field, `${button} focuses ${label}`).toBeFocused();
  await expect(field).toBeInViewport();
  await page.keyboard.type(`typed after ${button}`);
  await expect(field).toHaveValue(`typed after ${button}`);
}

function focusStories() {
  test("adding to a list focuses the new record's first field", async ({ page }) => {
    await openNewPartner(page, "Research");
    await addAndExpectFocus(page, "Add person", "Name");
    await addAndExpectFocus(page, "Add person", "Name");
    await addAndExpectFocus(page, "Add event", "Title");
    await addAndExpectFocus(page, "Add practice", "Practice");

    await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Log" }).click();
    await addAndExpectFocus(page, "Add interaction", "Summary");
    await addAndExpectFocus(page, "Add their feedback", "What they said");
    await addAndExpectFocus(page, "Add a lesson", "What we learned");
    await addAndExpectFocus(page, "Add commitment", "What");
  });

  test("planning and holding a meeting move focus to what they produced", async ({ page }) => {
    await openNewPartner(page, "Meeting");
    await page.getByRole("button", { name: "Plan a meeting" }).click();
    await expect(page.getByLabel("Date", { exact: true })).toBeFocused();
    await addAndExpectFocus(page, "Add question", "Question");
    await addAndExpectFocus(page, "Add a step we agreed on", "What");
    await page.getByRole("button", { name: "Mark as met" }).click();
    const held = page.getByText("This meeting took place.");
    await expect(held).toBeFocused();
    await expect(held).toBeInViewport();
  });
}

test.describe("at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  focusStories();
});

test.describe("on a 390 px touch phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  focusStories();
});

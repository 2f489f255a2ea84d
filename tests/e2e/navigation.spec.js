// Navigation that lands right: every new page starts at its top with its
// heading in view and focus on the main region; Back returns to where the
// user was in the list; a partner opens on the step its stage calls for.
import { test, expect, openApp, importReplacing, fixToday, RUN_NOON } from "./fixtures.js";

// "Today" is the day the run started, in the page and in the test alike.
test.beforeEach(({ page }) => fixToday(page));

const STAGES = ["researching", "ready_to_reach_out", "contacted", "meeting_planned", "met", "ongoing_partnership", "paused"];

/** An export with `count` partners, cycling through the stages, each with an open commitment due soon. */
function manyPartners(count) {
  const soon = new Date(RUN_NOON.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
  const partners = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(12, "0");
    return {
      id: `00000000-0000-4000-8000-${n}`,
      created_at: "2026-10-01T09:00:00Z",
      updated_at: "2026-10-01T09:00:00Z",
      stage: STAGES[i % STAGES.length],
      organization: { name: `Partner ${String(i + 1).padStart(2, "0")}` },
      commitments: [
        {
          id: `00000000-0000-4000-9000-${n}`,
          created_at: "2026-10-01T09:00:00Z",
          updated_at: "2026-10-01T09:00:00Z",
          owner: "us",
          what: `Bring the flyers, batch ${i + 1}`,
          due_on: soon,
          status: "open",
        },
      ],
    };
  });
  return JSON.stringify({
    format: "common-ground-export",
    schema_version: 2,
    app_version: "test",
    exported_at: "2026-11-01T00:00:00Z",
    workspace: { partners },
  });
}

async function openWithPartners(page, count) {
  await openApp(page, "#/data");
  await importReplacing(page, manyPartners(count));
}

const scrollY = (page) => page.evaluate(() => window.scrollY);

async function scrollTo(page, y) {
  await page.evaluate((top) => window.scrollTo(0, top), y);
  await expect.poll(() => scrollY(page)).toBe(y);
}

async function expectLandedAtTop(page, heading) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeInViewport();
  await expect.poll(() => scrollY(page)).toBe(0);
  await expect(page.locator("main")).toBeFocused();
}

function navigationStory() {
  test("a partner opens at its top, and Back returns to the same place in the list", async ({ page }) => {
    await openWithPartners(page, 40);
    await openApp(page, "#/partners");
    await scrollTo(page, 500);
    const link = page.getByRole("link", { name: "Partner 20", exact: true });
    await link.scrollIntoViewIfNeeded();
    const listPosition = await scrollY(page);
    expect(listPosition).toBeGreaterThan(0);
    await link.click();
    await expectLandedAtTop(page, "Partner 20");
    // The step tabs are in view too, not only the name.
    await expect(page.getByRole("navigation", { name: "Steps" })).toBeInViewport();

    await page.goBack();
    await expect(page.getByRole("heading", { level: 1, name: "Partners" })).toBeAttached();
    await expect.poll(() => scrollY(page)).toBe(listPosition);
    await expect(link).toBeInViewport();

    // Forward to the partner is a page of its own again: its top.
    await page.goForward();
    await expect(page.getByRole("heading", { level: 1, name: "Partner 20" })).toBeInViewport();
    await expect.poll(() => scrollY(page)).toBe(0);
  });

  test("a next action on the dashboard opens its step at the top", async ({ page }) => {
    await openWithPartners(page, 30);
    await openApp(page, "#/");
    const actions = page.getByRole("region", { name: "Next actions" }).getByRole("link");
    const last = actions.last();
    await last.scrollIntoViewIfNeeded();
    expect(await scrollY(page)).toBeGreaterThan(0);
    await last.click();
    await expect(page.getByRole("heading", { level: 1, name: /^Partner \d\d$/ })).toBeInViewport();
    await expect.poll(() => scrollY(page)).toBe(0);
    await expect(page.locator("main")).toBeFocused();
  });
}

test.describe("on a 1280 × 720 screen", () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  navigationStory();
});

test.describe("on a 390 px touch phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  navigationStory();
});

test("a partner opens on the step that matches its stage, and a reload stays there", async ({ page }) => {
  await openWithPartners(page, 7);
  const expected = {
    "Partner 01": "Research", // researching
    "Partner 02": "First contact", // ready to reach out
    "Partner 03": "First contact", // contacted
    "Partner 04": "Meeting", // meeting planned
    "Partner 05": "Log", // met
    "Partner 06": "Log", // ongoing partnership
    "Partner 07": "Research", // paused
  };
  for (const [name, step] of Object.entries(expected)) {
    await openApp(page, "#/partners");
    await page.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const current = page.getByRole("navigation", { name: "Steps" }).locator('[aria-current="page"]');
    await expect(current, name).toHaveText(step);
    await expect(page.getByRole("heading", { level: 2, name: step, exact: true })).toBeVisible();
  }
  // The location names the step, so a reload or a shared link keeps it.
  expect(page.url()).toMatch(/#\/partners\/[0-9a-f-]+\/research$/);
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Steps" }).locator('[aria-current="page"]')).toHaveText("Research");
});

test("the stage picked later does not move the page the user is on", async ({ page }) => {
  await openWithPartners(page, 1);
  await openApp(page, "#/partners");
  await page.getByRole("link", { name: "Partner 01", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Research" })).toBeVisible();
  await page.getByRole("combobox", { name: "Stage" }).selectOption({ label: "Met" });
  await expect(page.getByRole("heading", { level: 2, name: "Research" })).toBeVisible();
  expect(page.url()).toMatch(/\/research$/);
});

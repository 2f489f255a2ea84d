// The dashboard leads: next actions first, a suggested step for every active
// partner, promises both ways with "Mark done", stage tiles that open the
// filtered list, and on a new device a way to bring data over.
import {
  test,
  expect,
  openApp,
  importReplacing,
  chooseImportFile,
  readStorage,
  expectNoAxeViolations,
  fixToday,
} from "./fixtures.js";

// "Today" is the day the run started, in the page and in the test alike.
test.beforeEach(({ page }) => fixToday(page));

const AT = "2026-10-01T09:00:00Z";
const id = (n) => `00000000-0000-4000-8000-00000000000${n}`;
const CASA = id(1);
const EASTSIDE = id(2);

/** The date `offset` days from today in the browser, as stored (YYYY-MM-DD). */
async function daysFromToday(page, offset) {
  return page.evaluate((days) => {
    const date = new Date(Date.now() + days * 86_400_000);
    const pad = (n) => String(n).padStart(2, "0");
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }, offset);
}

const commitment = (n, owner, what, due_on) => ({
  id: `00000000-0000-4000-9000-00000000000${n}`,
  created_at: AT,
  updated_at: AT,
  owner,
  what,
  due_on,
  status: "open",
});

/** An export file with partners at several stages and promises both ways. */
async function sampleFile(page) {
  const partner = (n, name, stage, extra = {}) => ({
    id: id(n),
    created_at: AT,
    updated_at: AT,
    stage,
    organization: { name },
    ...extra,
  });
  return JSON.stringify({
    format: "common-ground-export",
    schema_version: 2,
    app_version: "test",
    exported_at: AT,
    workspace: {
      partners: [
        partner(1, "Casa Latina", "ready_to_reach_out"),
        partner(2, "Eastside Tenants Union", "ongoing_partnership", {
          commitments: [
            commitment(1, "them", "Send us the door-knocking schedule", await daysFromToday(page, -3)),
            commitment(2, "us", "Share their flyer", await daysFromToday(page, -1)),
            commitment(3, "us", "Print the sign-in sheets", await daysFromToday(page, 2)),
          ],
        }),
        partner(3, "Access Now", "met"),
        partner(4, "Quiet Neighbors", "paused"),
        partner(5, "Bridge Coalition", "researching"),
      ],
    },
  });
}

/** Imports the sample partners and opens the dashboard. */
async function openWithSamplePartners(page) {
  await openApp(page, "#/data");
  await importReplacing(page, await sampleFile(page));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

const nextActions = (page) => page.getByRole("region", { name: "Next actions" });

/** The stored commitments of one partner. */
async function storedCommitments(page, partnerId) {
  const entries = Object.entries(await readStorage(page));
  const [, value] = entries.find(([key]) => key.endsWith(`:partner:${partnerId}`)) ?? [];
  return value ? JSON.parse(value).commitments : [];
}

const SIZES = [
  ["at 1280 px", { viewport: { width: 1280, height: 800 } }],
  ["on a 390 px touch phone", { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
];

for (const [size, options] of SIZES) {
  test.describe(size, () => {
    test.use(options);

    test("every active partner gets a step from its stage, linking to where it is done", async ({ page }) => {
      await openWithSamplePartners(page);
      const actions = nextActions(page);
      await expect(actions.getByRole("link", { name: "Write up the meeting with Access Now" })).toBeVisible();
      await expect(actions.getByRole("link", { name: "Finish researching Bridge Coalition" })).toBeVisible();
      await expect(actions).not.toContainText("Quiet Neighbors");
      await expect(actions).not.toContainText("Keep showing up");
      await expectNoAxeViolations(page);

      await actions.getByRole("link", { name: "Write a first contact to Casa Latina" }).click();
      await expect(page).toHaveURL(new RegExp(`#/partners/${CASA}/contact$`));
      await expect(page.getByRole("heading", { level: 1, name: "Casa Latina" })).toBeVisible();
      const steps = page.getByRole("navigation", { name: "Steps" });
      await expect(steps.getByRole("link", { name: "First contact" })).toHaveAttribute("aria-current", "page");
    });

    test("our promises are listed and Mark done keeps them done; their steps are never awaited", async ({ page }) => {
      await openWithSamplePartners(page);
      const actions = nextActions(page);
      const ours = actions.getByRole("link", {
        name: /^We promised Eastside Tenants Union: Share their flyer — overdue since /,
      });
      await expect(ours).toBeVisible();
      await expect(actions.getByRole("list", { name: "Waiting on partners" })).toHaveCount(0);
      await expect(actions).not.toContainText("Waiting on");
      await expect(actions).not.toContainText("door-knocking");

      await actions.getByRole("button", { name: "Mark done: Share their flyer" }).click();
      await expect(ours).toHaveCount(0);
      await expect(actions.getByRole("button", { name: "Mark done: Print the sign-in sheets" })).toBeFocused();
      await expect(page.getByRole("status").filter({ hasText: "Marked done: Share their flyer." })).toBeAttached();

      await expect
        .poll(async () => (await storedCommitments(page, EASTSIDE)).map((c) => [c.what, c.status]))
        .toEqual([
          ["Send us the door-knocking schedule", "open"],
          ["Share their flyer", "done"],
          ["Print the sign-in sheets", "open"],
        ]);
      const stored = await storedCommitments(page, EASTSIDE);
      expect(stored[1].updated_at, "the promise itself is stamped").not.toBe(AT);
      await page.reload();
      await expect(actions.getByRole("link", { name: /Print the sign-in sheets/ })).toBeVisible();
      await expect(actions).not.toContainText("Share their flyer");
    });

    test("a stage tile opens the list filtered by its stage, and the filter survives a reload", async ({ page }) => {
      await openWithSamplePartners(page);
      const tiles = page.getByRole("region", { name: "Partners by stage" });
      await expect(tiles.getByRole("link", { name: "Contacted: 0 partners" })).toBeVisible();
      await expect(tiles.getByRole("link", { name: "Met: 1 partner" })).toBeVisible();
      await tiles.getByRole("link", { name: "Researching: 1 partner" }).click();

      await expect(page).toHaveURL(/#\/partners\?stage=researching$/);
      const stage = page.getByRole("combobox", { name: "Stage" });
      const listed = page.getByRole("list").filter({ hasText: "Changed" }).getByRole("link");
      for (let round = 0; round < 2; round += 1) {
        await expect(stage).toHaveValue("researching");
        await expect(listed).toHaveText(["Bridge Coalition"]);
        await expect(page.getByText("1 of 5 partners shown")).toBeVisible();
        await page.reload();
      }

      await stage.selectOption("");
      await expect(page).toHaveURL(/#\/partners$/);
      await expect(listed).toHaveCount(5);
      await stage.selectOption("met");
      await expect(page).toHaveURL(/#\/partners\?stage=met$/);
      await page.reload();
      await expect(stage).toHaveValue("met");
      await expect(listed).toHaveText(["Access Now"]);
    });

    test("next actions come before the stage counts, the first one in view on load", async ({ page }) => {
      await openWithSamplePartners(page);
      await page.reload();
      const first = nextActions(page).getByRole("listitem").first();
      await expect(first).toBeVisible();
      const box = await first.boundingBox();
      const viewport = page.viewportSize();
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const nextFirst = await page.evaluate(() => {
        const [next, stages] = ["next-actions-heading", "by-stage-heading"].map((id) => document.getElementById(id));
        return Boolean(next.compareDocumentPosition(stages) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(nextFirst, "Next actions comes before Partners by stage").toBe(true);
    });

    test("an empty dashboard says where data lives and imports a file from another device", async ({ page }) => {
      await openApp(page);
      await expect(page.getByText("stays in this browser, on this device only")).toBeVisible();
      await expect(page.getByRole("link", { name: "Add the first organization" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Getting started" })).toContainText(
        "Start with groups the community organized itself, or that have served it for a long time, and so have its trust",
      );
      // Adding the first partner is the main button; importing stays, second.
      const add = page.getByRole("link", { name: "Add the first organization" });
      const importing = page.getByRole("link", { name: "Import a file from another device" });
      await expect(add).toHaveClass(/\bbutton\b/);
      await expect(add).not.toHaveClass(/\bsecondary\b/);
      await expect(importing).toHaveClass(/\bsecondary\b/);
      const [addTop, importTop] = await Promise.all([add, importing].map(async (link) => (await link.boundingBox()).y));
      expect(addTop).toBeLessThan(importTop);
      // The four steps, one line each, and the two ways in.
      const steps = page.getByRole("region", { name: "Getting started" }).getByRole("listitem");
      await expect(steps).toHaveCount(4);
      await expect(steps.locator("strong")).toHaveText(["Research", "First contact", "Meeting", "Log"]);
      await expect(page.getByRole("button", { name: "Open demo workspace" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Partners by stage" })).toHaveCount(0);
      await expectNoAxeViolations(page);

      const file = await sampleFile(page);
      await page.getByRole("link", { name: "Import a file from another device" }).click();
      await expect(page).toHaveURL(/#\/data\/import$/);
      const devices = page.getByRole("region", { name: "Moving between devices" });
      await expect(devices).toContainText("Export data");
      await expect(devices).toContainText("Merge with my data");
      await expect(page.getByLabel("Import data")).toBeInViewport();
      await chooseImportFile(page, "from-my-laptop.json", file);
      await page.getByRole("button", { name: "Merge with my data" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Imported." })).toBeVisible();

      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
      await expect(nextActions(page).getByRole("link", { name: "Write a first contact to Casa Latina" })).toBeVisible();
      await expect(page.getByText("stays in this browser, on this device only")).toHaveCount(0);
    });
  });
}

test("the Data page explains moving between devices in two lines", async ({ page }) => {
  await openApp(page, "#/data");
  const devices = page.getByRole("region", { name: "Moving between devices" });
  await expect(devices.getByRole("paragraph")).toHaveText([
    "On the device that has your data: Export data, and keep the file.",
    "On the other device: Import data, choose that file, then Merge with my data.",
  ]);
  await expectNoAxeViolations(page);
});

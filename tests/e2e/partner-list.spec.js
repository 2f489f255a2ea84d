// The partner list: search over names and notes, filters by stage and focus
// area, sorting, and counts per stage.
import { test, expect, openApp, importReplacing, expectNoAxeViolations, addPartner } from "./fixtures.js";

const partner = (n, name, stage, focus, updated, notes = {}) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  created_at: "2026-10-01T09:00:00Z",
  updated_at: updated,
  stage,
  organization: { name, focus_areas: focus },
  research: notes,
});

const FILE = JSON.stringify({
  format: "common-ground-export",
  schema_version: 2,
  app_version: "test",
  exported_at: "2026-11-01T00:00:00Z",
  workspace: {
    partners: [
      partner(1, "Casa Latina", "contacted", ["immigrant_rights"], "2026-11-03T00:00:00Z", {
        current_issues: "Wage theft ordinance",
      }),
      partner(2, "Eastside Tenants", "researching", ["economic_justice"], "2026-11-05T00:00:00Z", {
        mission: "Safe homes for every renter",
      }),
      partner(3, "Access Now", "met", ["disability_rights"], "2026-11-01T00:00:00Z"),
      partner(4, "Bridge Coalition", "researching", ["immigrant_rights", "racial_justice"], "2026-11-04T00:00:00Z"),
    ],
  },
});

async function openWithSamplePartners(page) {
  await openApp(page, "#/data");
  await importReplacing(page, FILE);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" }).click();
}

const names = (page) => page.getByRole("list").filter({ hasText: "Changed" }).getByRole("link").allTextContents();

test("search, filter, sort and count partners", async ({ page }) => {
  await openWithSamplePartners(page);

  const counts = page.getByRole("list", { name: "Partners by stage" });
  await expect(counts).toContainText("Researching: 2");
  await expect(counts).toContainText("Contacted: 1");
  await expect(counts).toContainText("Met: 1");
  expect(await names(page)).toEqual(["Access Now", "Bridge Coalition", "Casa Latina", "Eastside Tenants"]);

  const search = page.getByRole("searchbox", { name: "Search" });
  await search.fill("wage theft");
  expect(await names(page)).toEqual(["Casa Latina"]);
  await search.fill("RENTER");
  expect(await names(page)).toEqual(["Eastside Tenants"]);
  await expect(page.getByText("1 of 4 partners shown")).toBeVisible();
  await search.fill("");

  await page.getByRole("combobox", { name: "Stage" }).selectOption("researching");
  expect(await names(page)).toEqual(["Bridge Coalition", "Eastside Tenants"]);
  await page.getByRole("combobox", { name: "Focus area" }).selectOption("Immigrant rights");
  expect(await names(page)).toEqual(["Bridge Coalition"]);
  await page.getByRole("combobox", { name: "Stage" }).selectOption("");
  expect(await names(page)).toEqual(["Bridge Coalition", "Casa Latina"]);
  await page.getByRole("combobox", { name: "Focus area" }).selectOption("");

  await page.getByRole("combobox", { name: "Sort by" }).selectOption("Last change");
  expect(await names(page)).toEqual(["Eastside Tenants", "Bridge Coalition", "Casa Latina", "Access Now"]);
  await page.getByRole("combobox", { name: "Sort by" }).selectOption("Stage");
  expect(await names(page)).toEqual(["Bridge Coalition", "Eastside Tenants", "Casa Latina", "Access Now"]);
  await expectNoAxeViolations(page);
});

test("typing in the search box leaves unchanged rows in place", async ({ page }) => {
  await openWithSamplePartners(page);
  const row = page.getByRole("listitem").filter({ hasText: "Casa Latina" });
  await row.evaluate((element) => {
    element.dataset.marker = "same element";
  });
  await page.getByRole("searchbox", { name: "Search" }).fill("a");
  await page.getByRole("searchbox", { name: "Search" }).fill("as");
  await expect(row).toHaveAttribute("data-marker", "same element");
});

test("a long list shows its first rows at once and every row a moment later", async ({ page }) => {
  const total = 400;
  const many = Array.from({ length: total }, (_, n) => ({
    ...partner(0, `Group ${String(n).padStart(3, "0")}`, "researching", ["economic_justice"], "2026-11-01T00:00:00Z"),
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  }));
  await openApp(page, "#/data");
  await importReplacing(page, JSON.stringify({ ...JSON.parse(FILE), workspace: { partners: many } }));
  // Count the rows each time the list changes, from before it is first shown.
  await page.evaluate(() => {
    window.rowCounts = [];
    new MutationObserver(() => {
      const rows = document.querySelectorAll(".partner-list > li").length;
      if (rows > 0 && rows !== window.rowCounts.at(-1)) window.rowCounts.push(rows);
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" }).click();

  await expect(page.getByText(`${total} partners`, { exact: true })).toBeVisible();
  const rows = page.getByRole("list").filter({ hasText: "Changed" }).getByRole("listitem");
  await expect(rows).toHaveCount(total);
  const counts = await page.evaluate(() => window.rowCounts);
  expect(counts[0]).toBeLessThanOrEqual(50);
  expect(counts.at(-1)).toBe(total);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  await expect(rows.first()).toContainText("Group 000");
  await expect(rows.last()).toContainText(`Group ${total - 1}`);

  // A new order starts from its own first rows, and again ends with all of them.
  await page.evaluate(() => (window.rowCounts = []));
  await page.getByRole("combobox", { name: "Sort by" }).selectOption("Last change");
  await expect(rows).toHaveCount(total);
  const afterSort = await page.evaluate(() => window.rowCounts);
  expect(afterSort[0]).toBeLessThanOrEqual(50);
  expect(afterSort.at(-1)).toBe(total);

  // Search still covers every partner, not only the rows shown so far.
  await page.getByRole("searchbox", { name: "Search" }).fill("group 399");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Group 399");
});

test("partners can be filtered and sorted by the guide's priority signals", async ({ page }) => {
  const signals = (local, led, analysis, power) => ({
    local,
    led_by_community_served: led,
    analysis_of_oppression: analysis,
    shifts_power: power,
  });
  const withSignals = [
    { ...partner(1, "Casa Latina", "researching", [], "2026-11-03T00:00:00Z"), priority_signals: signals(true, true, false, true) },
    {
      ...partner(2, "Eastside Tenants", "researching", [], "2026-11-05T00:00:00Z"),
      priority_signals: { ...signals(true, false, false, false), trusted_by_community: true },
    },
    { ...partner(3, "Access Now", "met", [], "2026-11-01T00:00:00Z"), priority_signals: signals(false, true, true, true) },
    partner(4, "Bridge Coalition", "researching", [], "2026-11-04T00:00:00Z"),
  ];
  await openApp(page, "#/data");
  await importReplacing(page, JSON.stringify({ ...JSON.parse(FILE), workspace: { partners: withSignals } }));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" }).click();

  const priority = page.getByRole("combobox", { name: "Priority signal" });
  await priority.selectOption("Local");
  expect(await names(page)).toEqual(["Casa Latina", "Eastside Tenants"]);
  await priority.selectOption("Led by the community it serves");
  expect(await names(page)).toEqual(["Access Now", "Casa Latina"]);
  await expect(page.getByText("2 of 4 partners shown")).toBeVisible();
  await priority.selectOption("Trusted by the community it serves");
  expect(await names(page)).toEqual(["Eastside Tenants"]);
  await priority.selectOption("");

  await page.getByRole("combobox", { name: "Sort by" }).selectOption("Priority signals, most first");
  expect(await names(page)).toEqual(["Access Now", "Casa Latina", "Eastside Tenants", "Bridge Coalition"]);
  await expectNoAxeViolations(page);

  // Whom to approach first, in the guide's terms, where partners are added.
  const startWith = page.getByRole("complementary", { name: "Whom to approach first" });
  await expect(startWith).toContainText("groups the community organized itself, or that have served it for a long time, and so have its trust");
  await expect(startWith).toContainText("local affiliates of national organizations");
  await expect(page.getByText("what holds that community back")).toHaveCount(0);
});

test("a name like one already held asks whether it is the same organization before adding", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina Workers' Center");
  const list = page
    .getByRole("list")
    .filter({ has: page.getByRole("link", { name: "Casa Latina Workers' Center", exact: true }) });
  const nameField = page.getByRole("textbox", { name: "Organization name" });

  await nameField.fill("casa latina");
  await page.getByRole("button", { name: "Add partner" }).click();
  const question = page.getByRole("group", { name: /Is casa latina the same organization\?/ });
  await expect(page.getByRole("alert").filter({ hasText: "same organization" })).toHaveText(
    "You already have a partner named Casa Latina Workers' Center. Is casa latina the same organization?",
  );
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expectNoAxeViolations(page);

  // Typing another name takes the question away; a different organization is added at once.
  await nameField.fill("Eastside Tenants Union");
  await expect(question).toHaveCount(0);
  await page.getByRole("button", { name: "Add partner" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added Eastside Tenants Union." })).toBeVisible();

  // A slip of a letter asks too, and the user can add it anyway.
  await nameField.fill("Eastside Tenant Unoin");
  await page.getByRole("button", { name: "Add partner" }).click();
  await page.getByRole("button", { name: "Add Eastside Tenant Unoin as a new partner" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added Eastside Tenant Unoin." })).toBeVisible();
  await expect(page.getByRole("group", { name: /same organization/ })).toHaveCount(0);

  // Or open the one already held.
  await nameField.fill("CASA LATINA WORKERS CENTER");
  await page.getByRole("button", { name: "Add partner" }).click();
  await page.getByRole("link", { name: "Open Casa Latina Workers' Center" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Casa Latina Workers' Center" })).toBeVisible();
});

// Coalitions: several partners together, with notes and a log of their own.
import { readFileSync } from "node:fs";
import { test, expect, openApp, addPartner, expectNoAxeViolations, importReplacing, downloadText } from "./fixtures.js";

test("a coalition of two partners, with notes and a log, shown on each partner's page", async ({ page }) => {
  await openApp(page);
  for (const name of ["Casa Latina", "Eastside Tenants", "Access Now"]) await addPartner(page, name);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Coalitions" }).click();
  await page.getByRole("button", { name: "Create coalition" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter the organization's name." })).toBeVisible();
  await page.getByRole("textbox", { name: "Coalition name" }).fill("Fair Work Springfield");
  await page.getByRole("button", { name: "Create coalition" }).click();
  await page.getByRole("link", { name: "Fair Work Springfield" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fair Work Springfield" })).toBeVisible();

  const add = page.getByRole("combobox", { name: "Partner to add" });
  await add.selectOption({ label: "Casa Latina" });
  await page.getByRole("button", { name: "Add to coalition" }).click();
  await add.selectOption({ label: "Eastside Tenants" });
  await page.getByRole("button", { name: "Add to coalition" }).click();
  await add.selectOption({ label: "Access Now" });
  await page.getByRole("button", { name: "Add to coalition" }).click();
  await page.getByRole("button", { name: "Remove Access Now from the coalition" }).click();
  const members = page.getByRole("region", { name: "Partners in this coalition" });
  await expect(members.getByRole("link")).toHaveText(["Casa Latina", "Eastside Tenants"]);

  await page.getByRole("textbox", { name: "Coalition notes" }).fill("Monthly call, first Tuesday");
  await page.getByRole("button", { name: "Add interaction" }).click();
  await expect(page.getByRole("textbox", { name: "Summary" }), "a new entry opens ready to write").toBeFocused();
  await page.getByRole("textbox", { name: "Summary" }).fill("First coalition call");
  await page.keyboard.press("Escape");
  const edit = page.getByRole("button", { name: /^Edit meeting of .*: First coalition call$/ });
  await expect(edit).toBeFocused();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(members.getByRole("link")).toHaveText(["Casa Latina", "Eastside Tenants"]);
  await expect(page.getByRole("textbox", { name: "Coalition notes" })).toHaveValue("Monthly call, first Tuesday");
  await expect(page.getByRole("list", { name: "Interactions" }).getByRole("listitem")).toContainText("Meeting First coalition call");
  await edit.click();
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue("First coalition call");
  await page.getByRole("button", { name: "Done" }).click();
  await expect(edit).toBeFocused();

  await members.getByRole("link", { name: "Casa Latina" }).click();
  await page.getByRole("link", { name: "Fair Work Springfield" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fair Work Springfield" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Coalitions" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Fair Work Springfield" })).toContainText("2 partners");
});

test("Share this coalition saves it with its partners, for a teammate to merge", async ({ page }) => {
  const fixture = JSON.parse(readFileSync("tests/fixtures/export-v3.json", "utf8"));
  const coalition = fixture.workspace.coalitions[0];
  await openApp(page, "#/data");
  await importReplacing(page, JSON.stringify(fixture));
  await openApp(page, `#/coalitions/${coalition.id}`);
  const shared = await downloadText(page, page.getByRole("button", { name: "Share this coalition" }));
  expect(shared.name).toMatch(/^common-ground-fair-work-springfield-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
  const file = JSON.parse(shared.text);
  expect(file.workspace.coalitions.map((c) => c.id)).toEqual([coalition.id]);
  expect(file.workspace.partners.map((p) => p.id).sort()).toEqual([...coalition.partner_ids].sort());
  expect(Object.keys(file.yrs.records).sort()).toEqual([coalition.id, ...coalition.partner_ids].sort());
  await expectNoAxeViolations(page);
});

// Export and import in the browser: the round trip is byte-identical, every
// bad file is refused with its own message and changes nothing, and user
// text is always shown as text.
import { readFileSync } from "node:fs";
import {
  test,
  expect,
  openApp,
  readStorage,
  addPartner,
  waitForStoredPartner,
  downloadText,
  chooseImportFile,
  importReplacing,
  SCHEMA_VERSION,
  expectNoAxeViolations,
} from "./fixtures.js";

// Version 4 keeps version 3's records as they were: this build writes the fixture with its own version.
const FIXTURE = readFileSync("tests/fixtures/export-v3.json", "utf8").replace('"schema_version": 3', `"schema_version": ${SCHEMA_VERSION}`);
// Every kind of record the fixture holds, as the app counts them.
const FIXTURE_COUNTS =
  "2 partners, 1 coalition, 1 person, 1 public event, 1 practice to respect, 1 first-contact message, " +
  "1 meeting, 1 visit to our meeting, 2 agenda items, 1 meeting question, 2 log entries, 1 piece of feedback, 1 lesson and 1 commitment";
const withoutExportTime = (text) => text.replace(/"exported_at": "[^"]*"/, '"exported_at": ""');
const withoutVersions = (text) =>
  withoutExportTime(text).replace(/"app_version": "[^"]*"/, '"app_version": ""');
/** An export's readable part: the file without the documents' Yrs states under "yrs". */
const readablePart = (text) => {
  const { yrs, ...readable } = JSON.parse(text);
  return `${JSON.stringify(readable, null, 2)}\n`;
};

async function openData(page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Data" })).toBeVisible();
}


test("export, import, export gives the same bytes apart from the export time", async ({ page }) => {
  await openApp(page);
  await openData(page);
  await importReplacing(page, FIXTURE);

  const first = await downloadText(page, page.getByRole("button", { name: "Export data" }));
  expect(first.name).toMatch(/^common-ground-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
  expect(withoutVersions(readablePart(first.text))).toBe(withoutVersions(FIXTURE));
  // Beside the records, every document's Yrs state, as base64.
  const { yrs, workspace } = JSON.parse(first.text);
  expect(yrs.format).toBe(1);
  expect(Object.keys(yrs.records).sort()).toEqual([...workspace.partners, ...workspace.coalitions].map((record) => record.id).sort());
  for (const state of [yrs.index, yrs.our_group, ...Object.values(yrs.records)]) expect(state).toMatch(/^[A-Za-z0-9+/]+=*$/);

  await page.reload();
  await importReplacing(page, first.text);
  const second = await downloadText(page, page.getByRole("button", { name: "Export data" }));
  expect(withoutExportTime(second.text)).toBe(withoutExportTime(first.text));
  await expect(page.getByText(/Last exported today/)).toBeVisible();
});

test("an import previews what it brings before anything changes, and can merge", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Our own partner");
  await waitForStoredPartner(page, "Our own partner");
  await openData(page);
  const before = await readStorage(page);

  await chooseImportFile(page, "backup.json", FIXTURE);
  const preview = page.getByRole("group", { name: "Ready to import" });
  await expect(preview).toContainText(`The file holds ${FIXTURE_COUNTS}.`);
  const plan = preview.getByRole("region", { name: "If you merge" }).getByRole("listitem");
  await expect(plan).toHaveText([
    "Casa Latina Workers' Center New partner: added with 1 person, 1 public event, 1 practice to respect, " +
      "1 first-contact message, 1 meeting, 1 visit to our meeting, 2 agenda items, 1 meeting question, 1 log entry, " +
      "1 piece of feedback, 1 lesson and 1 commitment.",
    "Eastside Tenants Union New partner: added.",
    "Fair Work Springfield New coalition: added with 1 log entry.",
  ]);
  expect(await readStorage(page)).toEqual(before);
  await expectNoAxeViolations(page);

  await preview.getByRole("button", { name: "Merge with my data" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Imported." })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" }).click();
  for (const name of ["Our own partner", "Casa Latina Workers' Center", "Eastside Tenants Union"]) {
    await expect(page.getByRole("link", { name })).toBeVisible();
  }
  await page.reload();
  await expect(page.getByRole("link", { name: "Eastside Tenants Union" })).toBeVisible();
});

test("a teammate's file that replaces this device's data never changes who signs its drafts, and no file carries the name", async ({ page }) => {
  const teammates = JSON.parse(FIXTURE);
  teammates.workspace.our_group.your_name = "Teammate Name";
  await openApp(page);
  await addPartner(page, "Our own partner");
  await page.getByRole("link", { name: "Our own partner" }).click();
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "First contact" }).click();
  await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Me Myself");
  await waitForStoredPartner(page, "Our own partner");
  await expect.poll(async () => JSON.stringify(await readStorage(page))).toContain("Me Myself");
  await openData(page);
  await importReplacing(page, JSON.stringify(teammates));
  await page.reload();
  const exported = await downloadText(page, page.getByRole("button", { name: "Export data" }));
  // The group's details travel; the person's name stays with the device.
  expect(JSON.parse(exported.text).workspace.our_group.name).toBe(teammates.workspace.our_group.name);
  expect(exported.text).not.toContain("Me Myself");
  expect(exported.text).not.toContain("Teammate Name");
  await openApp(page, `#/partners/${JSON.parse(exported.text).workspace.partners[0].id}/contact`);
  await page.getByText("About your group").click();
  await expect(page.getByRole("textbox", { name: "Your name", exact: true })).toHaveValue("Me Myself");
});

test("Replace asks first, naming the partners that would go, and Undo puts every stored byte back", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Only here");
  await waitForStoredPartner(page, "Only here");
  await openData(page);
  const before = await readStorage(page);
  await chooseImportFile(page, "backup.json", FIXTURE);

  await page.getByRole("button", { name: "Replace my data" }).click();
  const dialog = page.getByRole("dialog", { name: "Replace your data?" });
  await expect(dialog).toContainText("This removes 1 partner from this device");
  await expect(dialog).toContainText("Not in the file, so gone after replacing: Only here.");
  await expect(dialog.getByRole("button", { name: "Keep my data" })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Keep my data" }).click();
  expect(await readStorage(page)).toEqual(before);

  await page.getByRole("button", { name: "Replace my data" }).click();
  await dialog.getByRole("button", { name: "Replace everything" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Imported." })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Replaced your data with the file's." })).toBeVisible();
  expect(await readStorage(page)).not.toEqual(before);
  const undo = page.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await undo.click();
  expect(await readStorage(page)).toEqual(before);
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" }).click();
  await expect(page.getByRole("link", { name: "Only here" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Eastside Tenants Union" })).toHaveCount(0);
});

test("a merge can be undone too, down to the stored bytes", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Our own partner");
  await waitForStoredPartner(page, "Our own partner");
  await openData(page);
  const before = await readStorage(page);
  await chooseImportFile(page, "backup.json", FIXTURE);
  await page.getByRole("button", { name: "Merge with my data" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Merged the file's data with yours." })).toBeVisible();
  expect(await readStorage(page)).not.toEqual(before);
  await page.getByRole("button", { name: "Undo" }).click();
  expect(await readStorage(page)).toEqual(before);
});

test("cancelling an import changes nothing", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Kept");
  await waitForStoredPartner(page, "Kept");
  await openData(page);
  const before = await readStorage(page);
  await chooseImportFile(page, "backup.json", FIXTURE);
  await page.getByRole("button", { name: "Cancel import" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Import cancelled" })).toBeVisible();
  expect(await readStorage(page)).toEqual(before);
});

const deep = "[".repeat(70) + "]".repeat(70);
const envelope = (workspace, version = 2) =>
  JSON.stringify({
    format: "common-ground-export",
    schema_version: version,
    app_version: "0.1.0",
    exported_at: "2026-11-26T10:00:00Z",
    workspace,
  });
const partner = (id, name) => ({
  id,
  created_at: "2026-11-01T09:00:00Z",
  updated_at: "2026-11-01T09:00:00Z",
  organization: name === undefined ? {} : { name },
});
const ID = "0b5a7c1e-3f1d-4c52-9a8e-6d2f1b7c9e01";

const BAD_FILES = [
  { kind: "not JSON", text: "name,stage\nCasa,met\n", message: "The file is not JSON" },
  { kind: "truncated", text: FIXTURE.slice(0, 900), message: "looks truncated" },
  { kind: "another format", text: '{"contacts": []}', message: "not a Common Ground export" },
  { kind: "a newer version", text: envelope({}, 99), message: "comes from a newer version of Common Ground" },
  { kind: "nested too deep", text: deep, message: "nests data more than 64 levels deep" },
  {
    kind: "duplicate ids",
    text: envelope({ partners: [partner(ID, "First"), partner(ID, "Second")] }),
    message: "Two records share the id",
  },
  {
    kind: "a missing required field",
    text: envelope({ partners: [partner(ID)] }),
    message: 'Partner 1 is missing the required field "name"',
  },
  { kind: "empty", text: "", message: "The file is empty" },
];

for (const bad of BAD_FILES) {
  test(`a file that is ${bad.kind} is refused, says why, and changes nothing`, async ({ page }) => {
    await openApp(page);
    await addPartner(page, "Kept safe");
    await waitForStoredPartner(page, "Kept safe");
    await openData(page);
    const before = await readStorage(page);

    await chooseImportFile(page, "bad.json", bad.text);
    const alert = page.getByRole("alert").filter({ hasText: "Import refused" });
    await expect(alert).toContainText(bad.message);
    await expect(alert).toContainText("Nothing was changed.");
    await expect(page.getByRole("button", { name: "Replace my data" })).toHaveCount(0);
    expect(await readStorage(page)).toEqual(before);
  });
}

test("a file larger than storage could ever hold is refused before it is read", async ({ page }) => {
  await openApp(page);
  await openData(page);
  const before = await readStorage(page);
  // 5,242,880 code units of storage (less what the app itself keeps) hold at most 18.8 MB of a file with its layout.
  await chooseImportFile(page, "huge.json", Buffer.alloc(20 * 1024 * 1024, 32));
  await expect(page.getByRole("alert").filter({ hasText: "Import refused" })).toContainText(
    "The file is 20.0 MB. With the room this browser's storage has free, files over 18.8 MB cannot fit",
  );
  expect(await readStorage(page)).toEqual(before);
});

test("markup in imported text is shown as text, never run", async ({ page }) => {
  const hostile = ["<script>window.__pwned = 1</script>", '<img src=x onerror="window.__pwned = 1">'];
  await openApp(page);
  await openData(page);
  await importReplacing(
    page,
    envelope({
      partners: [
        partner(ID, hostile[0]),
        partner("1c6b8d2f-4a2e-4d63-8b9f-7e3a2c8d0f11", hostile[1]),
      ],
    }),
  );
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" }).click();
  for (const name of hostile) await expect(page.getByRole("link", { name })).toBeVisible();
  await page.getByRole("link", { name: hostile[1] }).click();
  await expect(page.getByRole("heading", { level: 1, name: hostile[1] })).toBeVisible();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator("main img, main script").count()).toBe(0);
});

test("delete all data asks first, says what will be lost, and offers an export", async ({ page }) => {
  await openApp(page);
  await openData(page);
  await importReplacing(page, FIXTURE);
  await page.evaluate(() => localStorage.setItem("common-ground:demo:index", "demo data"));

  await page.getByRole("button", { name: "Delete all data" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete all data?" });
  await expect(dialog).toContainText(`This deletes ${FIXTURE_COUNTS}, with every note about them`);
  await expectNoAxeViolations(page);
  const copy = await downloadText(page, dialog.getByRole("button", { name: "Export a copy first" }));
  expect(withoutVersions(readablePart(copy.text))).toBe(withoutVersions(FIXTURE));

  await dialog.getByRole("button", { name: "Keep my data" }).click();
  await expect(dialog).toBeHidden();
  expect(Object.keys(await readStorage(page)).some((key) => key.includes(":partner:"))).toBe(true);

  await page.getByRole("button", { name: "Delete all data" }).click();
  await dialog.getByRole("button", { name: "Delete everything" }).click();
  await expect(page.getByRole("status").filter({ hasText: "All data was deleted" })).toBeVisible();
  expect(await readStorage(page)).toEqual({ "common-ground:demo:index": "demo data" });
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" }).click();
  await expect(page.getByText("No partners yet.")).toBeVisible();
});

test("the dashboard reminds the user to export changes newer than the last export", async ({ page }) => {
  await openApp(page);
  await expect(page.getByText("Nothing to back up yet.")).toBeVisible();
  await addPartner(page, "Casa Latina");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByText(/Never exported/)).toBeVisible();
  await openData(page);
  await downloadText(page, page.getByRole("button", { name: "Export data" }));
  await expect(page.getByText("Last exported today. No changes since.")).toBeVisible();
  await addPartner(page, "Tenants United");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByText(/Last exported today. You have changes since then/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Last exported today. You have changes since then/)).toBeVisible();
});

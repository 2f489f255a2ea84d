// A team on two devices, sharing by file: each one's edit to a different
// field of the same partner is kept, a partner deleted on one device stays
// deleted on the other after a merge, and waits in Recently deleted there
// with the edit that device made before the delete reached it.
import { readFileSync } from "node:fs";
import {
  test,
  expect,
  openApp,
  downloadText,
  chooseImportFile,
  importReplacing,
  exportFile,
  expectNoAxeViolations,
  openSecondDevice,
  readStorage,
} from "./fixtures.js";

const CASA = "00000000-0000-4000-8000-000000000001";
const ACCESS = "00000000-0000-4000-8000-000000000002";
const stamp = { created_at: "2026-10-01T09:00:00Z", updated_at: "2026-10-02T09:00:00Z" };
const START = exportFile({
  partners: [
    { id: CASA, ...stamp, stage: "met", organization: { name: "Casa Latina" }, research: { mission: "Workers' rights" } },
    { id: ACCESS, ...stamp, organization: { name: "Access Now" } },
  ],
});

const nav = (page) => page.getByRole("navigation", { name: "Main" });

async function exportFrom(page) {
  await openApp(page, "#/data");
  return (await downloadText(page, page.getByRole("button", { name: "Export data" }))).text;
}

async function mergeIn(page, text, expectations = async () => {}) {
  await openApp(page, "#/data");
  await chooseImportFile(page, "from-teammate.json", text);
  const preview = page.getByRole("group", { name: "Ready to import" });
  await expect(preview).toBeVisible();
  await expectations(preview);
  await preview.getByRole("button", { name: "Merge with my data" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Imported." })).toBeVisible();
}

async function fill(page, partner, label, text) {
  await openApp(page, `#/partners/${partner}/research`);
  await page.getByRole("textbox", { name: label }).fill(text);
}

test("two devices exchanging files keep both field edits, and a delete stays deleted but restorable", async ({
  page: laptop,
  browser,
  baseURL,
  viewport,
}) => {
  const { page: phone, close } = await openSecondDevice(browser, { baseURL, viewport });
  // The laptop starts; the phone takes the laptop's file whole.
  await openApp(laptop, "#/data");
  await importReplacing(laptop, START);
  await openApp(phone, "#/data");
  await importReplacing(phone, await exportFrom(laptop));

  // Meanwhile: the laptop edits the mission and deletes Access Now; the phone
  // edits how Casa Latina works, and Access Now's mission, not knowing of the delete.
  await fill(laptop, CASA, "Mission", "Workers' rights and wage theft clinics");
  await openApp(laptop, `#/partners/${ACCESS}/research`);
  await laptop.getByRole("button", { name: "Delete partner" }).click();
  await laptop.getByRole("dialog").getByRole("button", { name: "Delete it and its records" }).click();
  await expect(laptop.getByRole("heading", { level: 1, name: "Partners" })).toBeVisible();
  await fill(phone, CASA, "How they achieve it", "Monthly assemblies where members decide");
  await fill(phone, ACCESS, "Mission", "Digital rights for everyone");

  const fromLaptop = await exportFrom(laptop);
  const fromPhone = await exportFrom(phone);

  await mergeIn(laptop, fromPhone);
  await mergeIn(phone, fromLaptop, async (preview) => {
    await expect(preview).toContainText("Deleted on the other device, so merging moves them to Recently deleted here: Access Now.");
    await expect(preview).toContainText("What either device deleted stays deleted");
    await expectNoAxeViolations(phone);
  });

  for (const device of [laptop, phone]) {
    await openApp(device, `#/partners/${CASA}/research`);
    await expect(device.getByRole("textbox", { name: "Mission" })).toHaveValue("Workers' rights and wage theft clinics");
    await expect(device.getByRole("textbox", { name: "How they achieve it" })).toHaveValue("Monthly assemblies where members decide");
    await nav(device).getByRole("link", { name: "Partners", exact: true }).click();
    await expect(device.getByRole("link", { name: "Access Now" })).toHaveCount(0);
  }

  // Exchanging again changes nothing: the delete does not come back.
  await mergeIn(laptop, await exportFrom(phone));
  await nav(laptop).getByRole("link", { name: "Partners", exact: true }).click();
  await expect(laptop.getByRole("link", { name: "Access Now" })).toHaveCount(0);

  // On the phone, Access Now waits in Recently deleted, with the phone's edit.
  await openApp(phone, "#/data");
  const deleted = phone.getByRole("region", { name: "Recently deleted" });
  await expect(deleted.getByRole("listitem")).toContainText("Access Now");
  await deleted.getByRole("button", { name: "Restore" }).click();
  await openApp(phone, `#/partners/${ACCESS}/research`);
  await expect(phone.getByRole("textbox", { name: "Mission" })).toHaveValue("Digital rights for everyone");

  // The restore travels back to the laptop, and its preview says so.
  await mergeIn(laptop, await exportFrom(phone), async (preview) => {
    await expect(preview).toContainText(
      "Restored on the other device, so merging brings them back from Recently deleted here: Access Now.",
    );
  });
  await openApp(laptop, `#/partners/${ACCESS}/research`);
  await expect(laptop.getByRole("textbox", { name: "Mission" })).toHaveValue("Digital rights for everyone");
  await close();
});

const FIXTURE = readFileSync("tests/fixtures/export-v3.json", "utf8");
const FIXTURE_CASA = "0b5a7c1e-3f1d-4c52-9a8e-6d2f1b7c9e01";

test("Share this partner hands one partner to a teammate, and a private note is in no file the app writes", async ({
  page: laptop,
  browser,
  baseURL,
  viewport,
}) => {
  const note = "Private: Rosa is wary of our board";
  await openApp(laptop, "#/data");
  await importReplacing(laptop, FIXTURE);
  // Named once, the device signs the names of the files it saves.
  await laptop.getByRole("textbox", { name: "This device's name" }).fill("Ana's laptop");
  await expect.poll(async () => JSON.stringify(await readStorage(laptop))).toContain("Ana's laptop");
  await laptop.reload();
  await expect(laptop.getByRole("textbox", { name: "This device's name" })).toHaveValue("Ana's laptop");
  await openApp(laptop, `#/partners/${FIXTURE_CASA}/research`);
  const privateNote = laptop.getByRole("textbox", { name: "Only on this device" });
  await privateNote.fill(note);
  await expect(laptop.getByText("never in an export, a shared file or team sync")).toBeVisible();
  await expect.poll(async () => JSON.stringify(await readStorage(laptop))).toContain("Rosa is wary");
  await laptop.reload();
  await expect(privateNote).toHaveValue(note);
  await expectNoAxeViolations(laptop);

  // Every file the app writes, read whole.
  const files = [];
  const shared = await downloadText(laptop, laptop.getByRole("button", { name: "Share this partner" }));
  expect(shared.name).toMatch(/^common-ground-casa-latina-workers-center-from-anas-laptop-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
  await expect(laptop.getByRole("status").filter({ hasText: `Saved ${shared.name}.` })).toBeVisible();
  files.push(shared);
  await laptop.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Meeting" }).click();
  files.push(await downloadText(laptop, laptop.getByRole("button", { name: "Download calendar file" })));
  files.push(await downloadText(laptop, laptop.getByRole("button", { name: "Download the visit's calendar file" })));
  await laptop.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Log" }).click();
  await laptop.getByRole("button", { name: "Report-out to our group" }).click();
  files.push(await downloadText(laptop, laptop.getByRole("button", { name: "Save as Markdown" })));
  await nav(laptop).getByRole("link", { name: "Data" }).click();
  const exported = await downloadText(laptop, laptop.getByRole("button", { name: "Export data" }));
  expect(exported.name).toMatch(/^common-ground-anas-laptop-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
  expect(exported.text).not.toContain("Ana's laptop");
  files.push(exported);
  files.push(await downloadText(laptop, laptop.getByRole("button", { name: "Save lessons as Markdown" })));
  expect(files).toHaveLength(6);
  for (const file of files) {
    expect(file.text.length, file.name).toBeGreaterThan(0);
    expect(file.text, file.name).not.toContain("Rosa");
    // Inside the documents' Yrs states too, which a file carries as base64.
    const states = JSON.stringify(JSON.parse(file.name.endsWith(".json") ? file.text : "{}").yrs ?? {});
    for (const state of states.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []) {
      expect(Buffer.from(state, "base64").toString("latin1"), file.name).not.toContain("Rosa");
    }
  }
  const sharedFile = JSON.parse(shared.text);
  expect(sharedFile.workspace.partners.map((partner) => partner.id)).toEqual([FIXTURE_CASA]);
  expect(sharedFile.workspace.partners[0].meetings).toHaveLength(1);
  expect(sharedFile.workspace.coalitions).toEqual([]);

  // A teammate with a workspace of their own merges the one partner in.
  const { page: phone, close } = await openSecondDevice(browser, { baseURL, viewport });
  await openApp(phone, "#/data");
  await importReplacing(phone, START);
  await mergeIn(phone, shared.text, async (preview) => {
    await expect(preview).toContainText("The file holds 1 partner");
  });
  await nav(phone).getByRole("link", { name: "Partners" }).click();
  for (const name of ["Casa Latina", "Access Now", "Casa Latina Workers' Center"]) {
    await expect(phone.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await openApp(phone, `#/partners/${FIXTURE_CASA}/meeting`);
  await expect(phone.getByRole("button", { name: "Download calendar file" })).toBeVisible();
  await openApp(phone, `#/partners/${FIXTURE_CASA}/research`);
  await expect(phone.getByRole("textbox", { name: "Only on this device" })).toHaveValue("");
  await close();
});

// A team on two devices, sharing by file: each one's edit to a different
// field of the same partner is kept, a partner deleted on one device stays
// deleted on the other after a merge, and waits in Recently deleted there
// with the edit that device made before the delete reached it.
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

  // The restore travels back to the laptop.
  await mergeIn(laptop, await exportFrom(phone));
  await openApp(laptop, `#/partners/${ACCESS}/research`);
  await expect(laptop.getByRole("textbox", { name: "Mission" })).toHaveValue("Digital rights for everyone");
  await close();
});

// Two devices, one partner: what each adds survives a merge, and the preview
// says what a merge will add and change, and which value is kept where both
// changed the same field, before anything changes.
import {
  test,
  expect,
  openApp,
  addPartner,
  readStorage,
  waitForStoredPartner,
  downloadText,
  chooseImportFile,
  importReplacing,
  expectNoAxeViolations,
  openSecondDevice,
} from "./fixtures.js";

const PARTNER = "Eastside Tenants Union";
const LESSON = "We spoke before we listened.";
const PERSON = "María Ortiz";
const RENAMED = "Ana Ruiz";
const FEEDBACK = "Ask us before you plan anything for our members.";
const LAPTOP_MISSION = "Homes for every family on the east side";
const PHONE_MISSION = "Fair rents and repairs, won together";

const nav = (page) => page.getByRole("navigation", { name: "Main" });
const steps = (page) => page.getByRole("navigation", { name: "Steps" });
const stage = (page) => page.getByRole("combobox", { name: "Stage", exact: true });

async function openData(page) {
  await nav(page).getByRole("link", { name: "Data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Data" })).toBeVisible();
}

async function openPartner(page, step) {
  await nav(page).getByRole("link", { name: "Partners", exact: true }).click();
  await page.getByRole("link", { name: PARTNER }).click();
  await steps(page).getByRole("link", { name: step }).click();
}

function twoDeviceStory() {
  return async ({ page: laptop, browser, baseURL, viewport, hasTouch, isMobile }) => {
    const { page: phone, close } = await openSecondDevice(browser, { baseURL, viewport, hasTouch, isMobile });

    // Both devices start from the same export: one partner, one person.
    await openApp(laptop);
    await addPartner(laptop, PARTNER);
    await openPartner(laptop, "Research");
    await laptop.getByRole("button", { name: "Add person" }).click();
    await laptop.getByRole("group", { name: "New person" }).getByRole("textbox", { name: "Name" }).fill("Ana");
    await waitForStoredPartner(laptop, "Ana");
    await openData(laptop);
    const start = await downloadText(laptop, laptop.getByRole("button", { name: "Export data" }));
    await openApp(phone);
    await openData(phone);
    await importReplacing(phone, start.text);

    // The laptop writes the mission in its words, and a lesson.
    await openPartner(laptop, "Research");
    await laptop.getByRole("textbox", { name: "Mission" }).fill(LAPTOP_MISSION);
    await waitForStoredPartner(laptop, LAPTOP_MISSION);
    await steps(laptop).getByRole("link", { name: "Log" }).click();
    await laptop.getByRole("button", { name: "Add a lesson" }).click();
    await laptop.getByRole("textbox", { name: "What we learned" }).fill(LESSON);
    await waitForStoredPartner(laptop, LESSON);

    // Later, the phone completes a name, adds a person and their feedback, and moves the stage on.
    await openPartner(phone, "Research");
    await phone.getByRole("textbox", { name: "Mission" }).fill(PHONE_MISSION);
    await phone.getByRole("group", { name: "Ana" }).getByRole("textbox", { name: "Name" }).fill(RENAMED);
    await phone.getByRole("button", { name: "Add person" }).click();
    await phone.getByRole("group", { name: "New person" }).getByRole("textbox", { name: "Name" }).fill(PERSON);
    await steps(phone).getByRole("link", { name: "Log" }).click();
    await phone.getByRole("button", { name: "Add their feedback" }).click();
    await phone.getByRole("textbox", { name: "What they said" }).fill(FEEDBACK);
    await stage(phone).selectOption("ready_to_reach_out");
    await waitForStoredPartner(phone, FEEDBACK);
    await openData(phone);
    const fromPhone = await downloadText(phone, phone.getByRole("button", { name: "Export data" }));
    expect(fromPhone.text).not.toContain(LESSON);
    await close();

    // The laptop previews the phone's file: what the merge through the file's Yrs documents adds and changes.
    await openData(laptop);
    const before = await readStorage(laptop);
    await chooseImportFile(laptop, "from-phone.json", fromPhone.text);
    const preview = laptop.getByRole("group", { name: "Ready to import" });
    const plan = preview.getByRole("region", { name: "If you merge" });
    await expect(plan).toContainText("Both devices' changes are kept, field by field");
    const entry = plan.getByRole("listitem").filter({ hasText: `${PARTNER} Already here` });
    await expect(entry).toContainText("Its details (such as its stage, name and research notes) take in the other device's changes.");
    const [added, replaced] = [entry.getByRole("list").first(), entry.getByRole("list").nth(1)];
    await expect(entry.getByText("Added:")).toBeVisible();
    await expect(added.getByRole("listitem")).toHaveText([`Person: ${PERSON}`, /^Feedback: .*Ask us before you plan anything for our…$/]);
    await expect(entry.getByText("Changed on the other device:")).toBeVisible();
    await expect(replaced.getByRole("listitem")).toHaveText([`Person: ${RENAMED}`]);
    await expect(entry).not.toContainText("Lesson");
    // Both wrote the mission: one version is kept on both devices, and the preview says which.
    await expect(entry.getByText("Changed on both devices; one value is kept on both:")).toBeVisible();
    const onBoth = entry.getByRole("list").nth(2).getByRole("listitem");
    await expect(onBoth).toHaveCount(1);
    const kept = (await onBoth.textContent()).match(/^Research: mission, kept as “(.*)”$/)?.[1];
    expect([LAPTOP_MISSION, PHONE_MISSION]).toContain(kept);
    expect(await readStorage(laptop)).toEqual(before);
    await expectNoAxeViolations(laptop);
    const box = await preview.boundingBox();
    const width = await laptop.evaluate(() => document.documentElement.clientWidth);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(await laptop.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    await preview.getByRole("button", { name: "Merge with my data" }).click();
    await expect(laptop.getByRole("alert").filter({ hasText: "Imported." })).toBeVisible();

    // The laptop keeps its lesson and gains the phone's person, feedback and stage, after a reload too.
    for (const reload of [false, true]) {
      if (reload) await laptop.reload();
      await openPartner(laptop, "Log");
      const timeline = laptop.getByRole("list", { name: "Timeline" });
      await expect(timeline.getByRole("listitem").filter({ hasText: `Our lesson ${LESSON}` })).toHaveCount(1);
      await expect(timeline.getByRole("listitem").filter({ hasText: `Their feedback ${FEEDBACK}` })).toHaveCount(1);
      await timeline.getByRole("button", { name: /^Edit our lesson of/ }).click();
      await expect(laptop.getByRole("textbox", { name: "What we learned" })).toHaveValue(LESSON);
      await expect(stage(laptop)).toHaveValue("ready_to_reach_out");
      await steps(laptop).getByRole("link", { name: "Research" }).click();
      await expect(laptop.getByRole("textbox", { name: "Mission" })).toHaveValue(kept);
      await expect(laptop.getByRole("group", { name: PERSON })).toBeVisible();
      await expect(laptop.getByRole("group", { name: RENAMED })).toBeVisible();
      await expect(laptop.getByRole("group", { name: "Ana", exact: true })).toHaveCount(0);
    }
  };
}

test("a lesson from one device and a person from another both survive a merge", twoDeviceStory());

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a lesson from one device and a person from another both survive a merge", twoDeviceStory());
});

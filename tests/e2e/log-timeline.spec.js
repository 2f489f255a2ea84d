// The log as a timeline: every kind of record newest first, each a line to
// read with an Edit button that opens its form in place; Done or Escape
// closes it and gives focus back; a filter by kind; new entries open ready
// to write; 50 entries stay readable.
import { test, expect, openApp, importReplacing, expectNoAxeViolations, readStorage, tabTo, fixToday } from "./fixtures.js";

// "Today" is the day the run started, in the page and in the test alike.
test.beforeEach(({ page }) => fixToday(page));

const PARTNER = "00000000-0000-4000-8000-000000000001";
const id = (n) => `00000000-0000-4000-8000-${String(1000 + n).padStart(12, "0")}`;
const stamp = "2026-10-01T09:00:00Z";
/** The n-th day before Nov 30, 2026, as the file writes dates. */
const day = (n) => new Date(Date.UTC(2026, 10, 30 - n)).toISOString().slice(0, 10);

/** A partner with `count` records of every kind, one a day going back. */
function partnerWith(count) {
  const records = { log: [], meetings: [], visits: [], feedback: [], lessons: [], commitments: [] };
  const kinds = ["call", "email", "we_attended_their_event", "they_asked_for_help"];
  for (let n = 0; n < count; n += 1) {
    const base = { id: id(n), created_at: stamp, updated_at: stamp };
    switch (n % 6) {
      case 0:
      case 1:
        records.log.push({ ...base, date: day(n), kind: kinds[n % 4], summary: `Interaction number ${n}, with a summary long enough to run past the end of a line on a phone and on a desktop.`, people: "Ana" });
        break;
      case 2:
        records.feedback.push({ ...base, date: day(n), text: `Feedback number ${n}: check with us first.` });
        break;
      case 3:
        records.lessons.push({ ...base, date: day(n), lesson: `Lesson number ${n}`, what_we_will_change: "Ask first." });
        break;
      case 4:
        records.commitments.push({ ...base, owner: "them", what: `Commitment number ${n}`, due_on: day(n), status: "open" });
        break;
      default:
        if (n % 12 === 5) {
          records.meetings.push({ ...base, date: day(n), duration_minutes: 60, location: `Hall ${n}`, agenda: [], questions: [] });
        } else {
          records.visits.push({ ...base, date: day(n), who: `Visitor number ${n}`, their_item: "Tenant rights" });
        }
    }
  }
  return {
    id: PARTNER,
    created_at: stamp,
    updated_at: stamp,
    stage: "ongoing_partnership",
    organization: { name: "Casa Latina" },
    ...records,
  };
}

function file(count) {
  return JSON.stringify({
    format: "common-ground-export",
    schema_version: 3,
    app_version: "test",
    exported_at: "2026-11-01T00:00:00Z",
    workspace: { partners: [partnerWith(count)] },
  });
}

async function openLog(page, count) {
  await openApp(page, "#/data");
  await importReplacing(page, file(count));
  await page.goto(`./#/partners/${PARTNER}/log`);
  await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
}

const timeline = (page) => page.getByRole("list", { name: "Timeline" });
const entries = (page) => timeline(page).getByRole("listitem");

test("a 50-entry log reads as a timeline, newest first, and fits in two and a half screens", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openLog(page, 50);
  await expect(entries(page)).toHaveCount(50);
  await expect(timeline(page).getByRole("button", { name: /^Edit/ })).toHaveCount(50);
  await expect(timeline(page).getByRole("textbox")).toHaveCount(0);
  await expect(entries(page).first()).toContainText("Nov 30, 2026");
  await expect(entries(page).first()).toContainText("Interaction number 0");
  await expect(entries(page).nth(2)).toContainText("Their feedback");
  await expect(entries(page).nth(4)).toContainText("Their step");
  await expect(entries(page).nth(5)).toContainText("Meeting");
  await expect(entries(page).nth(11)).toContainText("Visit to our meeting");
  await expect(entries(page).last()).toContainText("Oct 12, 2026");
  const dates = await entries(page).locator(".entry-when").allTextContents();
  const parsed = dates.map((text) => Date.parse(text));
  expect(parsed, "newest first").toEqual([...parsed].sort((a, b) => b - a));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, "the page is at most 2.5 screen heights").toBeLessThanOrEqual(2.5 * 900);
  await expectNoAxeViolations(page);
});

test("an entry opens to its form in place and closes with Done or Escape, focus returned", async ({ page }) => {
  await openLog(page, 12);
  const edit = page.getByRole("button", { name: /^Edit their feedback of Nov 28, 2026/ });
  await edit.click();
  const said = page.getByRole("textbox", { name: "What they said" });
  await expect(said).toBeFocused();
  await expect(said).toHaveValue("Feedback number 2: check with us first.");
  await expect(timeline(page).getByRole("textbox", { name: "What they said" })).toHaveCount(1);
  await said.fill("Check with us before you speak for us.");
  await page.getByRole("button", { name: "Done" }).click();
  await expect(said).toHaveCount(0);
  const edited = page.getByRole("button", { name: /^Edit their feedback of Nov 28, 2026: Check with us before you speak/ });
  await expect(edited).toBeFocused();
  await expect(entries(page).nth(2)).toContainText("Check with us before you speak for us.");

  await page.keyboard.press("Enter");
  await expect(said).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(said).toHaveCount(0);
  await expect(edited).toBeFocused();

  // A meeting opens at its date, and its date can change without the form moving away.
  await page.getByRole("button", { name: /^Edit meeting of Nov 25, 2026/ }).click();
  const date = page.getByLabel("Date", { exact: true });
  await expect(date).toBeFocused();
  await date.fill("2026-12-20");
  await expect(date).toBeFocused();
  await page.getByRole("textbox", { name: "What we heard" }).fill("They want a tenants' hotline.");
  await page.keyboard.press("Escape");
  await expect(entries(page).first()).toContainText("Dec 20, 2026");
  await expect(entries(page).first()).toContainText("They want a tenants' hotline.");
  await expect(page.getByRole("button", { name: /^Edit meeting of Dec 20, 2026/ })).toBeFocused();
  await page.reload();
  await expect(entries(page).first()).toContainText("They want a tenants' hotline.");
});

test("the timeline filters by kind, and a new entry opens ready to write", async ({ page }) => {
  await openLog(page, 12);
  const show = page.getByRole("combobox", { name: "Show" });
  await show.selectOption({ label: "Our lessons" });
  await expect(entries(page)).toHaveCount(2);
  await expect(entries(page).first()).toContainText("Lesson number 3");
  await show.selectOption({ label: "Visits to our meeting" });
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page)).toContainText("Visitor number 11");

  await page.getByRole("button", { name: "Add interaction" }).click();
  await expect(show, "a new entry is never hidden by the filter").toHaveValue("");
  const summary = page.getByRole("textbox", { name: "Summary" });
  await expect(summary).toBeFocused();
  await expect(entries(page)).toHaveCount(13);
  await summary.fill("Called María about the hotline.");
  await page.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Call" });
  await page.getByRole("button", { name: "Done" }).click();
  const today = await page.evaluate(() => new Date().toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric" }));
  await expect(page.getByRole("button", { name: `Edit call of ${today}: Called María about the hotline.` })).toBeFocused();

  await page.getByRole("button", { name: "Add commitment" }).click();
  await expect(page.getByRole("textbox", { name: "What", exact: true })).toBeFocused();
  await page.getByRole("textbox", { name: "What", exact: true }).fill("Print the hotline flyer");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: /^Edit our promise of No date: Print the hotline flyer/ })).toBeFocused();
  await show.selectOption({ label: "Commitments" });
  await expect(entries(page)).toHaveCount(3);
  await expect(entries(page).first()).toContainText("Print the hotline flyer (open)");
  await expectNoAxeViolations(page);
  await expect
    .poll(async () => Object.values(await readStorage(page)).some((value) => value.includes("Print the hotline flyer")))
    .toBe(true);
});

test("a 50-entry log is read and edited by keyboard alone", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openLog(page, 50);
  await page.getByRole("combobox", { name: "Show" }).focus();
  // From the filter, Tab walks the timeline one entry at a time.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /^Edit call of Nov 30, 2026/ })).toBeFocused();
  for (let n = 0; n < 12; n += 1) await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /^Edit call of Nov 18, 2026/ })).toBeFocused();
  await page.keyboard.press("Enter");
  const summary = page.getByRole("textbox", { name: "Summary" });
  await expect(summary).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Called about the minutes.");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Edit call of Nov 18, 2026: Called about the minutes." })).toBeFocused();
  for (let n = 0; n < 4; n += 1) await page.keyboard.press("Tab");
  const promise = page.getByRole("button", { name: /^Edit their step of Nov 14, 2026/ });
  await expect(promise).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "What", exact: true })).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.type(", by email");
  await tabTo(page, page.getByRole("button", { name: "Done" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /^Edit their step of Nov 14, 2026: Commitment number 16, by email/ })).toBeFocused();
  await page.reload();
  await expect(entries(page)).toHaveCount(50);
  await expect(entries(page).nth(12)).toContainText("Called about the minutes.");
  await expect(entries(page).nth(16)).toContainText("Commitment number 16, by email (open)");
});

test("the timeline fits a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openLog(page, 12);
  await page.getByRole("button", { name: /^Edit our lesson/ }).first().click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

// The listen-first meeting: planned at their place with listening first,
// printed on one page, added to a calendar, and followed by next steps.
import { test, expect, openApp, addPartner, downloadText, expectNoAxeViolations, clickToPrint, fixToday } from "./fixtures.js";

// "Today" is the day the run started, in the page and in the test alike.
test.beforeEach(({ page }) => fixToday(page));

const steps = (page) => page.getByRole("navigation", { name: "Steps" });
const stage = (page) => page.getByRole("combobox", { name: "Stage", exact: true });

/** Unfolds an RFC 5545 file into its content lines. */
function contentLines(ics) {
  return ics.replace(/\r\n /g, "").split("\r\n").filter(Boolean);
}

async function planMeeting(page) {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await page.getByRole("link", { name: "Casa Latina" }).click();
  await page.getByRole("textbox", { name: "Address" }).fill("1200 Alder St, Springfield");
  await page.getByRole("button", { name: "Add practice" }).click();
  await page.getByRole("textbox", { name: "Practice" }).fill("Members-only meeting on Mondays");
  await steps(page).getByRole("link", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Plan a meeting" }).click();
  await expect(stage(page)).toHaveValue("meeting_planned");
}

test("a meeting is planned at their place with listening first", async ({ page }) => {
  await planMeeting(page);
  const location = page.getByRole("textbox", { name: "Location" });
  await expect(location).toHaveValue("1200 Alder St, Springfield");

  await page.getByRole("textbox", { name: "Where our group usually meets" }).fill("Main library, room B");
  await location.fill("main library, room b");
  const ourPlace = page.getByRole("alert").filter({ hasText: "This is our own meeting place" });
  await expect(ourPlace).toBeVisible();
  await location.fill("1200 Alder St, Springfield");
  await expect(ourPlace).toHaveCount(0);

  const timing = page.getByRole("status").filter({ hasText: /^Listening:/ });
  await expect(timing).toHaveText("Listening: 30 of 60 minutes.");
  const listening = page.getByRole("spinbutton", { name: /^Minutes for \u201cYour work, in your words/ });
  await expect(listening).toHaveCount(1);
  await listening.fill("20");
  await expect(page.getByRole("alert").filter({ hasText: "Listening has 20 of 50 minutes, less than half" })).toBeVisible();
  await listening.fill("30");
  await expect(timing).toHaveText("Listening: 30 of 60 minutes.");

  await expect(page.getByText("A first meeting seeks no formal commitment")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Members-only meeting on Mondays" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Question" }).first()).toHaveValue(
    "What are you working on right now?",
  );
  await page.getByRole("button", { name: "Add question" }).click();
  await page.getByRole("textbox", { name: "Question" }).last().fill("How can we show up for your next action?");
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Question" }).last()).toHaveValue(
    "How can we show up for your next action?",
  );
});

test("the calendar file is valid RFC 5545 and carries the agenda", async ({ page }) => {
  await planMeeting(page);
  await page.getByRole("button", { name: "Download calendar file" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Set the meeting's date and start time first." })).toBeVisible();
  await page.getByRole("textbox", { name: "Date" }).fill("2026-12-03");
  await page.getByLabel("Start time").fill("17:30");

  const file = await downloadText(page, page.getByRole("button", { name: "Download calendar file" }));
  expect(file.name).toBe("meeting-2026-12-03.ics");
  for (const physical of file.text.split("\r\n")) {
    expect(Buffer.byteLength(physical, "utf8")).toBeLessThanOrEqual(75);
  }
  expect(file.text.endsWith("\r\n")).toBe(true);
  const lines = contentLines(file.text);
  expect(lines.slice(0, 3)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0", expect.stringMatching(/^PRODID:/)]);
  const fields = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)]));
  expect(fields.UID).toMatch(/^[0-9a-f-]{36}@common-ground\.invalid$/);
  expect(fields.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
  expect(fields.DTSTART).toBe("20261203T173000");
  expect(fields.DTEND).toBe("20261203T183000");
  expect(fields.SUMMARY).toBe("Listen-first meeting with Casa Latina");
  expect(fields.LOCATION).toBe("1200 Alder St\\, Springfield");
  const description = fields.DESCRIPTION.replace(/\\n/g, "\n").replace(/\\,/g, ",").replace(/\\;/g, ";");
  expect(description).toContain("Welcome (5 min)\n- Thank you for hosting us; brief introductions (5 min)\nListen and learn (30 min)\n- Your work, in your words:");
  expect(description).toContain("Listening: 30 of 60 minutes.");
  expect(lines.at(-1)).toBe("END:VCALENDAR");
});

test("the printed agenda fits on one page, A4 or Letter", async ({ page }) => {
  await planMeeting(page);
  await page.getByRole("textbox", { name: "Date" }).fill("2026-12-03");
  expect(await clickToPrint(page, page.getByRole("button", { name: "Print agenda" }))).toBe(true);

  await page.emulateMedia({ media: "print" });
  const printed = page.locator(".printable-agenda");
  await expect(printed).toBeVisible();
  await expect(printed).toContainText("Listen-first meeting with Casa Latina");
  await expect(printed).toContainText("Members-only meeting on Mondays");
  await expect(page.getByRole("navigation", { name: "Steps" })).toBeHidden();

  // page.pdf() prints with the print style sheet, as the browser's Print does.

  for (const format of ["A4", "Letter"]) {
    const pdf = (await page.pdf({ format })).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length, `${format} pages`).toBe(1);
  }
});

test("after the meeting: next steps become commitments, the stage moves to Met, overdue ones reach the dashboard", async ({
  page,
}) => {
  await planMeeting(page);
  await page.getByRole("textbox", { name: "What we heard" }).fill("\u201cShow up at the hearing.\u201d");
  await page.getByRole("button", { name: "Add a step we agreed on" }).click();
  const step = page.getByRole("group", { name: "New step" });
  const overdue = await page.evaluate(() => {
    const date = new Date(Date.now() - 3 * 86_400_000);
    const pad = (n) => String(n).padStart(2, "0");
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  });
  await step.getByRole("textbox", { name: "Due" }).fill(overdue);
  await step.getByRole("textbox", { name: "What" }).fill("Share their volunteer form");
  await page.getByRole("textbox", { name: "The invitation we extended" }).fill("Our December meeting at the library");
  await page.getByRole("button", { name: "Mark as met" }).click();
  await expect(stage(page)).toHaveValue("met");
  await expect(page.getByText("This meeting took place.")).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  const action = page.getByRole("link", { name: /^We promised Casa Latina: Share their volunteer form — overdue since / });
  await expect(action).toBeVisible();
  await page.reload();
  await action.click();
  expect(page.url()).toMatch(/\/log$/);
});

test("a partner keeps every meeting, newest first, each with its own calendar file and printout", async ({ page }) => {
  await planMeeting(page);
  const plan = page.getByRole("button", { name: "Plan a meeting" });
  const date = page.getByRole("textbox", { name: "Date" });
  await date.fill("2026-09-10");
  await page.getByLabel("Start time").fill("10:00");
  await page.getByRole("button", { name: "Mark as met" }).click();
  await expect(stage(page)).toHaveValue("met");

  // "Plan a meeting" stays, and each new meeting opens with the date field focused.
  await plan.click();
  await expect(date).toBeFocused();
  await expect(date).toHaveValue("");
  await expect(stage(page)).toHaveValue("met");
  await date.fill("2026-10-15");
  await page.getByLabel("Start time").fill("18:00");
  await page.getByRole("textbox", { name: "Location" }).fill("Their community garden");
  await plan.click();
  await date.fill("2026-12-03");
  await page.getByLabel("Start time").fill("17:30");

  const history = page.getByRole("region", { name: "All meetings" });
  const meetings = history.getByRole("button");
  await expect(meetings).toHaveText([
    "Thursday, December 3, 2026 at 1200 Alder St, Springfield, planned",
    "Thursday, October 15, 2026 at Their community garden, planned",
    "Thursday, September 10, 2026 at 1200 Alder St, Springfield, held",
  ]);
  await expect(meetings.first()).toHaveAttribute("aria-current", "true");
  await expectNoAxeViolations(page);

  const calendarFile = async () => {
    const file = await downloadText(page, page.getByRole("button", { name: "Download calendar file" }));
    const fields = Object.fromEntries(contentLines(file.text).map((line) => line.split(/:(.*)/s).slice(0, 2)));
    return { name: file.name, start: fields.DTSTART, uid: fields.UID, location: fields.LOCATION };
  };
  const newest = await calendarFile();
  expect(newest).toMatchObject({ name: "meeting-2026-12-03.ics", start: "20261203T173000" });

  await meetings.nth(1).click();
  await expect(meetings.nth(1)).toHaveAttribute("aria-current", "true");
  await expect(date).toHaveValue("2026-10-15");
  const middle = await calendarFile();
  expect(middle).toMatchObject({ name: "meeting-2026-10-15.ics", start: "20261015T180000", location: "Their community garden" });
  expect(middle.uid).not.toBe(newest.uid);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".printable-agenda")).toContainText("Thursday, October 15, 2026, 18:00");
  await page.emulateMedia({ media: "screen" });

  await meetings.nth(2).click();
  await expect(date).toHaveValue("2026-09-10");
  await expect(page.getByText(/^This meeting took place/)).toBeVisible();

  // Every meeting is kept across a reload, and the newest opens first.
  await page.reload();
  await expect(meetings).toHaveCount(3);
  await expect(date).toHaveValue("2026-12-03");
});

test("a meeting that did not take place is removed, with Undo, and leaves next actions", async ({ page }) => {
  await planMeeting(page);
  const date = page.getByRole("textbox", { name: "Date" });
  await date.fill("2026-09-10");
  await page.getByRole("button", { name: "Plan a meeting" }).click();
  await date.fill("2026-10-15");
  await page.getByRole("textbox", { name: "Location" }).fill("Their community garden");
  const meetings = page.getByRole("region", { name: "All meetings" }).getByRole("button");
  await expect(meetings).toHaveCount(2);

  await page.getByRole("button", { name: "Remove this meeting" }).click();
  const undo = page.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await expect(page.getByText("Removed the meeting of Oct 15, 2026.")).toBeVisible();
  await expect(date, "the other meeting opens").toHaveValue("2026-09-10");
  await expect(meetings, "one meeting left: no list of them").toHaveCount(0);
  await undo.click();
  await expect(meetings).toHaveCount(2);
  await expect(date).toHaveValue("2026-10-15");
  await expect(date).toBeFocused();

  await page.getByRole("button", { name: "Remove this meeting" }).click();
  await page.reload();
  await expect(date).toHaveValue("2026-09-10");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  // Both dates have passed: only the meeting kept asks to be written up.
  const writeUps = page.getByRole("region", { name: "Next actions" }).getByRole("link", { name: /^What did you hear at Casa Latina\?/ });
  await expect(writeUps).toHaveCount(1);
});

test("the human element is offered to include where it fits, not a fixed block", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await page.getByRole("link", { name: "Casa Latina" }).click();
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Plan a meeting" }).click();
  const human = page.getByRole("group", { name: "The human element" });
  await expect(human.getByRole("textbox")).toHaveCount(0);
  await human.getByRole("button", { name: "Include the human element" }).click();
  const item = page.getByRole("textbox", { name: "The human element item 1" });
  await expect(item).toBeFocused();
  await expect(item).toHaveValue("Briefly, what brought each of us to this work");
  await expect(human.getByRole("button", { name: "Include the human element" })).toHaveCount(0);
});

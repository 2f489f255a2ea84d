// Their visits to our meeting: each its own record with a date, our place,
// its own hosting checklist, and an agenda sent ahead as a printout or a
// calendar file; upcoming ones are next actions.
import { test, expect, openApp, addPartner, downloadText, browserToday, expectNoAxeViolations, clickToPrint, fixToday } from "./fixtures.js";

// "Today" is the day the run started, in the page and in the test alike.
test.beforeEach(({ page }) => fixToday(page));

/** The date `days` after `today` ("YYYY-MM-DD"), as a date input takes it. */
function after(today, days) {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Unfolds an RFC 5545 file into its fields. */
function calendarFields(ics) {
  const lines = ics.replace(/\r\n /g, "").split("\r\n").filter(Boolean);
  return Object.fromEntries(lines.map((line) => line.split(/:(.*)/s).slice(0, 2)));
}

test("each visit keeps its own date, place, checklist, calendar file and printout", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await page.getByRole("link", { name: "Casa Latina" }).click();
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Plan a meeting" }).click();
  const today = await browserToday(page);

  const plan = page.getByRole("button", { name: "Plan a visit to our meeting" });
  const day = page.getByRole("textbox", { name: "Day of the visit" });
  const sent = page.getByRole("checkbox", { name: "Agenda sent to them in advance" });
  await plan.click();
  await expect(day).toBeFocused();
  await day.fill(after(today, 6));
  await page.getByLabel("Our meeting starts at").fill("19:00");
  await page.getByRole("textbox", { name: "Place of our meeting" }).fill("Main library, room B");
  await page.getByRole("textbox", { name: "Who from their side will come" }).fill("María Ortiz");
  const agenda = page.getByRole("textbox", { name: "Agenda to send them in advance (one item a line)" });
  await expect(agenda).toHaveValue(/^Welcome.*\nCasa Latina: their work, in their words, and how we might work together\n/);
  await expect(agenda).toHaveValue(/Casa Latina's perspective and advice on each/);
  await expect(agenda).not.toHaveValue(/ask of us/);
  await sent.check();

  // A later visit starts with a checklist of its own, nothing ticked.
  await plan.click();
  await expect(day).toBeFocused();
  await expect(sent).not.toBeChecked();
  await day.fill(after(today, 12));
  await page.getByRole("textbox", { name: "Place of our meeting" }).fill("Community hall");

  const visits = page.getByRole("region", { name: "All visits" }).getByRole("button");
  await expect(visits).toHaveCount(2);
  await expect(visits.first()).toContainText("at Community hall, planned");
  await expect(visits.nth(1)).toContainText("at Main library, room B, planned");
  await expectNoAxeViolations(page);

  await visits.nth(1).click();
  await expect(day).toHaveValue(after(today, 6));
  await expect(sent).toBeChecked();
  const file = await downloadText(page, page.getByRole("button", { name: "Download the visit's calendar file" }));
  expect(file.name).toBe(`visit-${after(today, 6)}.ics`);
  const fields = calendarFields(file.text);
  expect(fields.SUMMARY).toBe("Casa Latina visits our meeting");
  expect(fields.DTSTART).toBe(`${after(today, 6).replaceAll("-", "")}T190000`);
  expect(fields.LOCATION).toBe("Main library\\, room B");
  expect(fields.DESCRIPTION).toContain("Casa Latina: their work");

  // Printing the visit prints its agenda alone, not the meeting's.
  expect(await clickToPrint(page, page.getByRole("button", { name: "Print the agenda to send" }))).toBe(true);
  await page.emulateMedia({ media: "print" });
  const visitPrintout = page.locator(".printable-visit");
  await expect(visitPrintout).toBeVisible();
  await expect(visitPrintout).toContainText("Our meeting, with Casa Latina");
  await expect(visitPrintout.getByRole("listitem").nth(1)).toContainText("Casa Latina: their work");
  await expect(page.locator(".printable-agenda:not(.printable-visit)")).toBeHidden();
  // The meeting's own Print agenda prints the meeting again.
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Print agenda", exact: true }).click();
  await page.emulateMedia({ media: "print" });
  await expect(visitPrintout).toBeHidden();
  await expect(page.locator(".printable-agenda:not(.printable-visit)")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // Both upcoming visits are next actions (within the dashboard's two weeks), leading to this step.
  await page.reload();
  await expect(visits).toHaveCount(2);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  const upcoming = page.getByRole("region", { name: "Next actions" }).getByRole("link", { name: /^Casa Latina visits our meeting/ });
  await expect(upcoming).toHaveCount(2);
  await upcoming.first().click();
  await expect(page.getByRole("heading", { name: "Their visits to our meeting" })).toBeVisible();
});

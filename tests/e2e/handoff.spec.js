// The hand-off of a first contact (who it goes to, what is copied, a
// template per channel, your name in it, nothing left to fill in, the sent
// message shown as sent) and a log that knows what the other steps did.
import {
  test,
  expect,
  openApp,
  addPartner,
  browserToday,
  downloadText,
  expectNoAxeViolations,
  fixToday,
} from "./fixtures.js";

// "Today" is the day the run started, in the page and in the test alike.
test.beforeEach(({ page }) => fixToday(page));

const steps = (page) => page.getByRole("navigation", { name: "Steps" });
const message = (page) => page.getByRole("textbox", { name: "Message", exact: true });
const subject = (page) => page.getByRole("textbox", { name: "Subject", exact: true });
const humility = (page) => page.getByRole("region", { name: "Humility check" });
const sentBox = (page) => page.getByRole("region", { name: "Sent", exact: true });
const logEntries = (page) => page.getByRole("list", { name: "Timeline" }).getByRole("listitem");
const inTouch = (page) => page.getByRole("region", { name: "Staying in touch" });
const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

/** A partner with research, a contact with an email, and our group's details. */
async function researchedPartner(page, { yourName = "Sam Rivera", email = "maria@casa.example.org" } = {}) {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await page.getByRole("link", { name: "Casa Latina", exact: true }).click();
  await page.getByRole("textbox", { name: "Mission", exact: true }).fill("Workers organize for fair pay and dignity");
  await page.getByRole("textbox", { name: "Current issues and campaigns" }).fill("A wage theft ordinance");
  await page.getByRole("textbox", { name: "Community served" }).fill("Day laborers");
  await page.getByRole("button", { name: "Add person" }).click();
  await page.getByRole("group", { name: "New person" }).getByRole("textbox", { name: "Name" }).fill("María Ortiz");
  if (email) {
    await page.getByRole("group", { name: "María Ortiz" }).getByRole("textbox", { name: "Email" }).fill(email);
  }
  await steps(page).getByRole("link", { name: "First contact" }).click();
  await page.getByRole("textbox", { name: "Your group's name" }).fill("Springfield Neighbors");
  await page.getByRole("textbox", { name: "What your group does, in one line" }).fill("We help neighbors show up for local democracy");
  await page.getByRole("textbox", { name: "Your name", exact: true }).fill(yourName);
}

/** The flows every screen size must handle: address, copy, channel switch, send, log. */
async function handOffAndLog(page) {
  await researchedPartner(page);
  await expect(page.getByText(/^To: /)).toHaveText("To: María Ortiz <maria@casa.example.org>");
  await page.getByRole("button", { name: "Copy address" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied maria@casa.example.org." })).toBeVisible();
  expect(await clipboard(page)).toBe("maria@casa.example.org");

  await page.getByRole("button", { name: "Start a draft" }).click();
  await expect(message(page)).toBeFocused();
  await expect(humility(page)).toContainText("No flags raised");
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied the subject and the message." })).toBeVisible();
  expect(await clipboard(page)).toBe(`Subject: ${await subject(page).inputValue()}\n\n${await message(page).inputValue()}`);
  expect(await clipboard(page)).toMatch(/^Subject: Learning about Casa Latina's work\n\nHello María,\n/);

  await message(page).fill(`${await message(page).inputValue()}\nP.S. Our own words.`);
  await page.getByRole("radio", { name: "Phone call" }).check();
  await expect(page.getByRole("group", { name: /Your draft was written for an email/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Call script" })).toHaveCount(0);
  await expect(message(page)).toHaveValue(/P\.S\. Our own words\.$/);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Use the phone call template" }).click();
  await expect(message(page)).toBeFocused();
  await expect(message(page)).toHaveValue(/^Hello, may I speak with/);
  await expect(page.getByRole("region", { name: "Call script" })).toContainText("My name is Sam Rivera");
  await expect(page.getByRole("region", { name: "Earlier drafts" })).toContainText("P.S. Our own words.");

  await page.getByRole("textbox", { name: "Sent on" }).fill("2026-11-02");
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(sentBox(page)).toBeFocused();
  await expect(sentBox(page)).toContainText("Sent on November 2, 2026, by phone call.");
  await expect(sentBox(page).getByRole("group", { name: "Sent message" })).toContainText("Hello, may I speak with");
  await expectNoAxeViolations(page);

  await steps(page).getByRole("link", { name: "Log" }).click();
  await expect(logEntries(page)).toHaveCount(1);
  await page.getByRole("button", { name: "Edit call of Nov 2, 2026: First contact by phone call" }).click();
  const call = page.getByRole("group", { name: "2026-11-02: Call" });
  await expect(call.getByRole("textbox", { name: "Summary" })).toHaveValue("First contact by phone call");
  await expect(inTouch(page)).toContainText("Last contact: Nov 2, 2026");
  await expect(inTouch(page)).toContainText("In touch 1 time.");
  await page.getByRole("button", { name: "Report-out to our group" }).click();
}

test("the hand-off and the log, at desktop width", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await handOffAndLog(page);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the hand-off and the log", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await handOffAndLog(page);
    const preview = page.getByRole("region", { name: "Report-out preview" });
    await expect(preview.getByRole("heading", { name: "Casa Latina: report-out" })).toBeVisible();
    await expect(preview.locator("strong", { hasText: "Mission:" })).toBeVisible();
    await expect(preview).not.toContainText("**");
  });
});

test("without an email address, the To: line says so and leads to Research", async ({ page }) => {
  await researchedPartner(page, { email: "" });
  await expect(page.getByText(/^To: /)).toHaveText("To: no email address yet. Add one for a person in Research.");
  await expect(page.getByRole("button", { name: "Copy address" })).toHaveCount(0);
  await page.getByRole("link", { name: "Add one for a person in Research" }).click();
  await expect(page).toHaveURL(/\/research$/);
  await page.getByRole("group", { name: "María Ortiz" }).getByRole("textbox", { name: "Email" }).fill("maria@casa.example.org");
  await steps(page).getByRole("link", { name: "First contact" }).click();
  await expect(page.getByText(/^To: /)).toHaveText("To: María Ortiz <maria@casa.example.org>");
});

test("your name signs the template, and placeholders are flagged until replaced", async ({ page }) => {
  await researchedPartner(page, { yourName: "" });
  await page.getByRole("button", { name: "Start a draft" }).click();
  await expect(message(page)).toHaveValue(/My name is \[your name\], and I am part of Springfield Neighbors\./);
  await expect(message(page)).toHaveValue(/Thank you for your time,\n\[your name\]\nSpringfield Neighbors$/);
  const flag = humility(page).getByRole("listitem").filter({ hasText: "Text left to fill in" });
  await expect(flag).toContainText("\u201c[your name]\u201d");
  await expect(flag).toContainText("meant to be replaced");
  await expect(humility(page).getByRole("listitem")).toHaveCount(1);

  await message(page).fill((await message(page).inputValue()).replaceAll("[your name]", "Sam Rivera") + "\nSee you on [date].");
  await expect(flag).toContainText("\u201c[date]\u201d");
  await expect(flag).not.toContainText("your name");
  await message(page).fill((await message(page).inputValue()).replace("\nSee you on [date].", ""));
  await expect(humility(page)).toContainText("No flags raised");
  await expect(humility(page).getByRole("listitem")).toHaveCount(0);

  await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Ana Lee");
  await page.getByRole("radio", { name: "In person at one of their events" }).check();
  await page.getByRole("button", { name: "Use the in-person template" }).click();
  await expect(message(page)).toHaveValue(/^Hi, I'm Ana Lee, from Springfield Neighbors\./);
  await expect(message(page)).not.toHaveValue(/\[your name\]/);
  await page.reload();
  // With every detail filled in, "About your group" starts folded.
  await page.getByText("About your group").click();
  await expect(page.getByRole("textbox", { name: "Your name", exact: true })).toHaveValue("Ana Lee");
});

test("switching channel offers the template and never replaces the text unasked", async ({ page }) => {
  await researchedPartner(page);
  await page.getByRole("button", { name: "Start a draft" }).click();
  await message(page).fill("Our own words, for María.");
  await page.getByRole("radio", { name: "Phone call" }).check();
  const offer = page.getByRole("group", { name: /Your draft was written for an email/ });
  await expect(offer).toContainText("Start again from the phone call template?");
  await expect(page.getByRole("region", { name: "Call script" })).toHaveCount(0);
  await expect(subject(page)).toBeVisible();

  await offer.getByRole("button", { name: "Keep my text" }).click();
  await expect(offer).toHaveCount(0);
  await expect(message(page)).toHaveValue("Our own words, for María.");
  await expect(page.getByRole("region", { name: "Call script" })).toContainText("Our own words, for María.");
  await expect(subject(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("radio", { name: "Phone call" })).toBeChecked();
  await expect(message(page)).toHaveValue("Our own words, for María.");

  await page.getByRole("radio", { name: "Email" }).check();
  await page.getByRole("button", { name: "Use the email template" }).click();
  await expect(message(page)).toHaveValue(/^Hello María,/);
  await expect(subject(page)).toHaveValue("Learning about Casa Latina's work");
  const history = page.getByRole("region", { name: "Earlier drafts" });
  await history.getByText(/^Phone call, draft of /).click();
  await expect(history).toContainText("Our own words, for María.");
  await expectNoAxeViolations(page);
});

test("a sent contact is logged once, on its date, and follows a change of date", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await researchedPartner(page);
  await page.getByRole("button", { name: "Start a draft" }).click();
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(sentBox(page)).toBeFocused();
  const today = await browserToday(page);
  await expect(sentBox(page).getByRole("textbox", { name: "Date sent" })).toHaveValue(today);
  await expect(sentBox(page).getByRole("group", { name: "Sent message" })).toContainText(
    "Subject: Learning about Casa Latina's work",
  );
  await expect(page.getByRole("region", { name: "Earlier drafts" })).toHaveCount(0);

  await steps(page).getByRole("link", { name: "Log" }).click();
  await expect(logEntries(page)).toHaveCount(1);
  await page.getByRole("button", { name: /^Edit email of/ }).click();
  await expect(page.getByRole("group", { name: `${today}: Email` }).getByRole("textbox", { name: "Summary" })).toHaveValue(
    "First contact sent: Learning about Casa Latina's work",
  );
  await expect(page.getByRole("group", { name: `${today}: Email` }).getByRole("textbox", { name: "People" })).toHaveValue(
    "María Ortiz",
  );

  await steps(page).getByRole("link", { name: "First contact" }).click();
  await sentBox(page).getByRole("textbox", { name: "Date sent" }).fill("2026-11-03");
  await expect(sentBox(page)).toContainText("Sent on November 3, 2026, by email.");
  await page.reload();
  await steps(page).getByRole("link", { name: "Log" }).click();
  await expect(logEntries(page)).toHaveCount(1);
  await expect(logEntries(page)).toContainText("Nov 3, 2026");
  await expect(logEntries(page)).toContainText("First contact sent: Learning about Casa Latina's work");
  await expect(inTouch(page)).toContainText("Last contact: Nov 3, 2026");
  await page.getByRole("button", { name: "Report-out to our group" }).click();

  const preview = page.getByRole("region", { name: "Report-out preview" });
  await expect(preview.getByRole("heading", { name: "Casa Latina: report-out" })).toBeVisible();
  await expect(preview.getByRole("heading", { name: "Their current work, from our research" })).toBeVisible();
  await expect(preview.locator("li strong", { hasText: "Mission:" })).toBeVisible();
  await expect(preview.getByRole("listitem").filter({ hasText: "Mission: Workers organize for fair pay and dignity" })).toBeVisible();
  await expect(preview).not.toContainText("**");
  await page.getByRole("button", { name: "Copy report-out" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied the report-out." })).toBeVisible();
  expect(await clipboard(page)).toContain("- **Mission:** Workers organize for fair pay and dignity");
  const saved = await downloadText(page, page.getByRole("button", { name: "Save as Markdown" }));
  expect(saved.text).toContain("## Their current work, from our research\n\n- **Mission:** Workers organize for fair pay and dignity\n");
  expect(saved.text).toContain("- 2026-11-03, email: First contact sent: Learning about Casa Latina's work\n");
  await expectNoAxeViolations(page);
});

test("a meeting marked as met is logged on its date, once, and follows it", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await page.getByRole("link", { name: "Casa Latina", exact: true }).click();
  await page.getByRole("textbox", { name: "Address" }).fill("1200 Alder St");
  await steps(page).getByRole("link", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Plan a meeting" }).click();
  const date = page.getByRole("region", { name: "When and where" }).getByRole("textbox", { name: "Date" });
  await date.fill("2026-12-03");
  await steps(page).getByRole("link", { name: "Log" }).click();
  await expect(logEntries(page)).toHaveCount(1);
  await expect(logEntries(page)).toContainText(/Dec 3, 2026Meeting Listen-first meeting at 1200 Alder St, (planned|to write up)/);
  await expect(inTouch(page)).toContainText("No contact logged yet.");

  await steps(page).getByRole("link", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Mark as met" }).click();
  await expect(page.getByRole("button", { name: "Mark as met" })).toHaveCount(0);
  await date.fill("2026-12-04");
  await steps(page).getByRole("link", { name: "Log" }).click();
  await expect(logEntries(page), "the meeting stands for the log entry it wrote").toHaveCount(1);
  await expect(logEntries(page)).toContainText("Dec 4, 2026Meeting Listen-first meeting at 1200 Alder St, held");
  await expect(inTouch(page)).toContainText("In touch 1 time.");
  await page.getByRole("combobox", { name: "Show" }).selectOption({ label: "Meetings" });
  await expect(logEntries(page)).toHaveCount(1);
  await page.getByRole("combobox", { name: "Show" }).selectOption({ label: "Interactions" });
  await expect(logEntries(page)).toHaveCount(0);
});

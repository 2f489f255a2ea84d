// The words the app writes (issue 9): templates keep the capitals of names
// and peoples, the first contact goes to a leader, an unknown tax status is
// treated with a 501(c)(3)'s care, a call leaves pauses and has a voicemail,
// and the invitation in the agenda says when and where our next meeting is.
import { test, expect, openApp, addPartner, downloadText, expectNoAxeViolations } from "./fixtures.js";

const steps = (page) => page.getByRole("navigation", { name: "Steps" });
const message = (page) => page.getByRole("textbox", { name: "Message", exact: true });
const humility = (page) => page.getByRole("region", { name: "Humility check" });

/** Unfolds an RFC 5545 file into its content lines. */
function contentLines(ics) {
  return ics.replace(/\r\n /g, "").split("\r\n").filter(Boolean);
}

/** Research with a name, a community and a current issue in capitals, two people, one a leader. */
async function research(page) {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await page.getByRole("link", { name: "Casa Latina", exact: true }).click();
  await page.getByRole("textbox", { name: "Mission", exact: true }).fill("Workers organize for fair pay and dignity");
  await page.getByRole("textbox", { name: "Current issues and campaigns" }).fill("Casa Latina organizes a Seattle hiring hall");
  await page.getByRole("textbox", { name: "Community served" }).fill("Black renters");
  await expect(page.getByText("never ask one person to speak for a whole community")).toBeVisible();
  for (const [name, email] of [
    ["Luis Pérez", "luis@casa.example.org"],
    ["María Ortiz", "maria@casa.example.org"],
  ]) {
    await page.getByRole("button", { name: "Add person" }).click();
    await page.getByRole("group", { name: "New person" }).getByRole("textbox", { name: "Name" }).fill(name);
    await page.getByRole("group", { name }).getByRole("textbox", { name: "Email" }).fill(email);
  }
  await page.getByRole("group", { name: "María Ortiz" }).getByRole("checkbox", { name: "Leader of the organization" }).check();
  await page.getByRole("textbox", { name: "Short term", exact: true }).fill("Turnout at the wage board hearing");
}

async function aboutOurGroup(page) {
  await page.getByRole("textbox", { name: "Your group's name" }).fill("Springfield Neighbors");
  await page.getByRole("textbox", { name: "What your group does, in one line" }).fill("We help neighbors show up for local democracy");
  await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Sam Rivera");
}

async function screenshot(page, name) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** Research, a first contact to the leader, and a meeting whose invitation says when and where. */
async function mainFlow(page, size) {
  await research(page);
  await expectNoAxeViolations(page);
  await screenshot(page, `research-${size}`);
  await steps(page).getByRole("link", { name: "First contact" }).click();

  const caution = page.getByRole("complementary", { name: "Their tax status is not known yet" });
  await expect(caution).toContainText("Many community organizations are 501(c)(3)s");
  await expect(caution).toContainText("make no partisan or electoral ask");

  await expect(page.getByText(/^To: /)).toHaveText("To: María Ortiz <maria@casa.example.org>");
  await aboutOurGroup(page);
  await page.getByRole("button", { name: "Start a draft" }).click();
  const body = await message(page).inputValue();
  expect(body).toMatch(/^Hello María,/);
  expect(body).toContain("your work on Casa Latina organizes a Seattle hiring hall");
  expect(body).toContain("what matters most to Black renters right now?");
  expect(body).not.toContain("As we understand it");
  expect(body).not.toContain("fair pay and dignity");
  await expect(humility(page).getByRole("listitem")).toHaveCount(0);
  await screenshot(page, `contact-${size}`);

  await message(page).fill(`${body}\nP.S. Please vote for our candidate.`);
  await expect(humility(page)).toContainText("Electoral or partisan wording");
  await expectNoAxeViolations(page);

  await steps(page).getByRole("link", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Plan a meeting" }).click();
  await expect(page.getByRole("textbox", { name: "Our short introduction" })).toHaveValue(
    /^We have been learning about your work on Casa Latina organizes a Seattle hiring hall/,
  );
  await expect(page.locator(".value-reminder")).toContainText("Turnout at the wage board hearing");
  // Each agenda field is named by its section and place, never just "Item".
  await expect(page.getByRole("textbox", { name: "Item", exact: true })).toHaveCount(0);
  const items = page.getByRole("textbox", { name: / item \d+$/ });
  await expect(items.first()).toHaveValue("Thank you for hosting us; brief introductions");
  await expect(page.getByRole("textbox", { name: "Close item 2", exact: true })).toHaveValue("An invitation to our next meeting: [date], at [place]");
  await expect(page.getByRole("textbox", { name: "Question", exact: true })).toHaveCount(9);

  await page.getByRole("textbox", { name: "Day of our next meeting" }).fill("2026-12-10");
  await page.getByRole("textbox", { name: "Place of our next meeting" }).fill("Main library, room B");
  const invitation = "An invitation to our next meeting: Thursday, December 10, at Main library, room B";
  await expect(page.getByRole("textbox", { name: "Close item 2", exact: true })).toHaveValue(invitation);
  await expect(page.getByRole("textbox", { name: "The invitation we extended" })).toHaveValue(
    "Thursday, December 10, at Main library, room B",
  );
  await page.getByRole("textbox", { name: "Date", exact: true }).fill("2026-12-03");
  await page.getByLabel("Start time").fill("17:30");
  await expectNoAxeViolations(page);
  await screenshot(page, `meeting-${size}`);

  const file = await downloadText(page, page.getByRole("button", { name: "Download calendar file" }));
  const description = contentLines(file.text)
    .find((line) => line.startsWith("DESCRIPTION:"))
    .slice("DESCRIPTION:".length)
    .replace(/\\n/g, "\n")
    .replace(/\\,/g, ",")
    .replace(/\\;/g, ";");
  expect(description).toContain(`- ${invitation} (`);

  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.emulateMedia({ media: "print" });
  const printed = page.locator(".printable-agenda");
  await expect(printed).toContainText(invitation);
  await expect(printed).toContainText("What would actually be useful from a group like ours?");
  await page.emulateMedia({ media: "screen" });
}

test.describe("at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test("capitals kept, the leader addressed, unknown tax status cautioned, the invitation's when and where", async ({
    page,
  }) => {
    await mainFlow(page, "1280");
  });
});

test.describe("on a 390 px touch phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test("capitals kept, the leader addressed, unknown tax status cautioned, the invitation's when and where", async ({
    page,
  }) => {
    await mainFlow(page, "390");
  });
});

test("with About your group empty, the template says what to fill in", async ({ page }) => {
  await research(page);
  await steps(page).getByRole("link", { name: "First contact" }).click();
  await page.getByRole("button", { name: "Start a draft" }).click();
  await expect(message(page)).toHaveValue(/I am part of \[your group's name\]\. \[what your group does, in one line\]/);
  await expect(message(page)).not.toHaveValue(/our local group/);
  await expect(humility(page).getByRole("listitem").filter({ hasText: "[your group's name]" })).toBeVisible();
});

test("a phone call leaves pauses for their answers and has a voicemail", async ({ page }) => {
  await research(page);
  await page.getByRole("group", { name: "María Ortiz" }).getByRole("textbox", { name: "Phone" }).fill("+1 555 0101");
  await page.getByRole("group", { name: "Luis Pérez" }).getByRole("textbox", { name: "Phone" }).fill("+1 555 0100");
  await steps(page).getByRole("link", { name: "First contact" }).click();
  await aboutOurGroup(page);
  await page.getByRole("radio", { name: "Phone call" }).check();
  await page.getByRole("button", { name: "Start a draft" }).click();
  const script = page.getByRole("region", { name: "Call script" });
  await expect(script).toContainText("Hello, may I speak with María?");
  await expect(script.getByRole("link", { name: "María Ortiz, +1 555 0101" })).toBeVisible();
  await expect(script.getByText("(Pause and listen.)")).toHaveCount(3);
  await expect(script.getByRole("heading", { name: "If you reach voicemail" })).toBeVisible();
  await expect(script.locator(".voicemail")).toHaveText(
    /^Hello María, this is Sam Rivera from Springfield Neighbors\. I have been reading about your work on Casa Latina organizes a Seattle hiring hall/,
  );
  await expect(humility(page).getByRole("listitem")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await script.screenshot({ path: test.info().outputPath("call-script.png") });
});

test("the report-out leads with what we heard and labels our own guesses", async ({ page }) => {
  await research(page);
  await steps(page).getByRole("link", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Plan a meeting" }).click();
  await page.getByRole("textbox", { name: "What we heard" }).fill("Rent hikes are the first thing members raise");
  await page.getByRole("textbox", { name: "Their meetings we may attend" }).fill("Tenant assembly, first Tuesdays");
  await steps(page).getByRole("link", { name: "Log" }).click();
  await page.getByRole("button", { name: "Report-out to our group" }).click();
  const preview = page.getByRole("region", { name: "Report-out preview" });
  await expect(preview.getByRole("heading").nth(1)).toHaveText("What we heard, in their words");
  await expect(preview.getByRole("listitem").first()).toHaveText("Our meeting with them: Rent hikes are the first thing members raise");
  await expect(preview.getByRole("listitem").filter({ hasText: "Their meetings we may attend: Tenant assembly, first Tuesdays" })).toBeVisible();
  // Our guesses stand apart from their needs, under a heading of their own.
  await expect(preview.getByRole("heading", { name: "Our own guesses, to check with them" })).toBeVisible();
  await expect(preview.getByRole("listitem").filter({ hasText: "Short term: Turnout at the wage board hearing" })).toBeVisible();
  await expectNoAxeViolations(page);
});

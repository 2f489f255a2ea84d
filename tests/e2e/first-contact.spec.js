// The first half of the journey: research a partner, write a humble first
// contact with the humility check, send it, and see the follow-up due.
import {
  test,
  expect,
  openApp,
  addPartner,
  tabTo,
  browserToday,
  expectNoAxeViolations,
  fixToday,
} from "./fixtures.js";

// "Today" is the day the run started, in the page and in the test alike.
test.beforeEach(({ page }) => fixToday(page));

const steps = (page) => page.getByRole("navigation", { name: "Steps" });
const message = (page) => page.getByRole("textbox", { name: "Message", exact: true });
const humility = (page) => page.getByRole("region", { name: "Humility check" });

async function openPartner(page, name) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" }).click();
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function fillResearch(page) {
  await page.getByRole("textbox", { name: "Mission", exact: true }).fill("Workers organize for fair pay and dignity");
  await page.getByRole("textbox", { name: "Current issues and campaigns" }).fill("A wage theft ordinance");
  await page.getByRole("textbox", { name: "Community served" }).fill("Day laborers");
  await page.getByRole("button", { name: "Add person" }).click();
  const person = page.getByRole("group", { name: "New person" });
  await person.getByRole("textbox", { name: "Name" }).fill("María Ortiz");
  await page
    .getByRole("group", { name: "María Ortiz" })
    .getByRole("textbox", { name: "Email" })
    .fill("maria@casa.example.org");
}

test("research, a humble first contact, sending it, and the follow-up on the dashboard", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await openPartner(page, "Casa Latina");
  expect(page.url()).toMatch(/#\/partners\/[0-9a-f-]{36}\/research$/);
  await expect(steps(page).getByRole("link", { name: "Research" })).toHaveAttribute("aria-current", "page");

  await fillResearch(page);
  // Filling the mission ticked its item; the user can still untick it, and it stays unticked.
  const mission = page.getByRole("checkbox", { name: "Wrote their mission in our own words" });
  await expect(mission).toBeChecked();
  await expect(page.getByText("1 of 5 done.")).toBeVisible();
  await mission.uncheck();
  const missionText = page.getByRole("textbox", { name: "Mission", exact: true });
  await missionText.press("End");
  await missionText.press("Space");
  await missionText.press("Backspace");
  await expect(mission).not.toBeChecked();
  await expect(page.getByText("0 of 5 done.")).toBeVisible();
  for (const item of [
    "Reviewed their website and public materials",
    "Wrote their mission in our own words",
    "Noted their theory of change",
    "Checked for practices to respect",
    "Wrote the value to them, short and long term",
  ]) {
    await page.getByRole("checkbox", { name: item }).check();
  }
  await expect(page.getByText("Homework done: you are ready to reach out.")).toBeVisible();
  await page.getByRole("button", { name: "Mark as ready to reach out" }).click();
  await expect(page.getByRole("combobox", { name: "Stage", exact: true })).toHaveValue("ready_to_reach_out");
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Mission", exact: true })).toHaveValue(
    "Workers organize for fair pay and dignity",
  );
  await expect(page.getByRole("group", { name: "María Ortiz" })).toBeVisible();

  await steps(page).getByRole("link", { name: "First contact" }).click();
  expect(page.url()).toMatch(/\/contact$/);
  await page.getByRole("textbox", { name: "Your group's name" }).fill("Springfield Neighbors");
  await page.getByRole("textbox", { name: "What your group does, in one line" }).fill("We help neighbors show up for local democracy");
  await page.getByRole("textbox", { name: "Your name", exact: true }).fill("Sam Rivera");
  await expect(page.getByText(/^To: /)).toHaveText("To: María Ortiz <maria@casa.example.org>");
  await page.getByRole("button", { name: "Start a draft" }).click();
  await expect(message(page)).toHaveValue(/Hello María,/);
  await expect(message(page)).toHaveValue(/Thank you for your time,\nSam Rivera\nSpringfield Neighbors$/);
  await expect(message(page)).toHaveValue(/your work on a wage theft ordinance/);
  await expect(humility(page)).toContainText("No flags raised");

  await message(page).fill("Join us! We need you to endorse our campaign and leverage our synergy.");
  await expect(humility(page)).toContainText(/[3-9] things to reconsider\./);
  for (const flag of ["Recruiting language", "Asking before listening", "Jargon", "No question about their work"]) {
    await expect(humility(page)).toContainText(flag);
  }
  await expectNoAxeViolations(page);

  await message(page).fill(
    "Hello María,\nWe are Springfield Neighbors. We read about your wage theft ordinance work.\n" +
      "Could you tell us what matters most to your members right now?\nWe would be glad to come to you, whenever suits you.",
  );
  await expect(humility(page)).toContainText("No flags raised");

  const mail = page.getByRole("link", { name: "Open in mail app" });
  const href = await mail.getAttribute("href");
  expect(href).toMatch(/^mailto:maria@casa\.example\.org\?subject=Learning%20about%20Casa%20Latina%27s%20work&body=Hello%20Mar%C3%ADa%2C%0D%0AWe%20are/);

  await expect(page.getByRole("textbox", { name: "Sent on" })).toHaveValue(await browserToday(page));
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(page.getByRole("combobox", { name: "Stage", exact: true })).toHaveValue("contacted");
  await expect(page.getByRole("combobox", { name: "Response" })).toHaveValue("awaiting");
  await page.getByRole("textbox", { name: "Follow up on" }).fill(await browserToday(page));
  await page.getByRole("textbox", { name: "Follow up on" }).blur();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  const followUp = page.getByRole("link", { name: "Follow up with Casa Latina: due today" });
  await expect(followUp).toBeVisible();
  await expectNoAxeViolations(page);
  await page.reload();
  await followUp.click();
  await expect(page.getByRole("heading", { name: "Sent", exact: true })).toBeVisible();
  await expect(page.getByRole("group", { name: "Sent message" })).toContainText("We read about your wage theft ordinance work.");
  await expect(page.getByRole("button", { name: "Write the follow-up" })).toBeVisible();
});

test("the same journey works by keyboard alone", async ({ page }) => {
  await openApp(page, "#/partners");
  await tabTo(page, page.getByRole("textbox", { name: "Organization name" }));
  await page.keyboard.type("Tenants United");
  await page.keyboard.press("Enter");
  const link = page.getByRole("link", { name: "Tenants United" });
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Tenants United" })).toBeVisible();

  await tabTo(page, page.getByRole("textbox", { name: "Current issues and campaigns" }));
  await page.keyboard.type("Rent stabilization");
  await tabTo(page, page.getByRole("checkbox", { name: "Noted their theory of change" }));
  await page.keyboard.press("Space");
  await expect(page.getByText("1 of 5 done.")).toBeVisible();

  await tabTo(page, steps(page).getByRole("link", { name: "First contact" }));
  await page.keyboard.press("Enter");
  // A radio group takes one Tab stop; arrow keys move between its options.
  await tabTo(page, page.getByRole("radio", { name: "Email" }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Phone call" })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Start a draft" }));
  await page.keyboard.press("Enter");
  await tabTo(page, message(page));
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Join us at our rally!");
  await expect(humility(page)).toContainText("Recruiting language");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(
    "Hello, I am with Springfield Neighbors. We read about your rent stabilization work. " +
      "Could you tell me what your tenants need most right now? We would be glad to come to you.",
  );
  await expect(humility(page)).toContainText("No flags raised");
  await tabTo(page, page.getByRole("button", { name: "Mark as sent" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "Stage", exact: true })).toHaveValue("contacted");
});

test("a 501(c)(3) partner gets the guidance, and electoral wording is flagged", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Food Bank");
  await openPartner(page, "Food Bank");
  await page.getByRole("combobox", { name: "Tax status" }).selectOption("501(c)(3)");
  await steps(page).getByRole("link", { name: "First contact" }).click();
  await expect(page.getByRole("complementary", { name: "Writing to a 501(c)(3)" })).toContainText(
    "make no partisan or electoral ask",
  );
  await page.getByRole("button", { name: "Start a draft" }).click();
  await message(page).fill("Help us defeat the mayor in November.");
  await expect(humility(page)).toContainText("Electoral or partisan wording");
  await expect(humility(page)).toContainText("\u201cdefeat the mayor\u201d");
  await expectNoAxeViolations(page);
});

test("a phone call gets a call script, and Copy puts the message on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await openPartner(page, "Casa Latina");
  await page.getByRole("button", { name: "Add person" }).click();
  const person = page.getByRole("group", { name: "New person" });
  // Focus moves to the new person's name a frame after it is drawn; typing elsewhere waits for it.
  await expect(person.getByRole("textbox", { name: "Name" })).toBeFocused();
  await person.getByRole("textbox", { name: "Phone" }).fill("+1 555 0100");
  await person.getByRole("textbox", { name: "Name" }).fill("María Ortiz");
  await steps(page).getByRole("link", { name: "First contact" }).click();
  await page.getByRole("radio", { name: "Phone call" }).check();
  await page.getByRole("button", { name: "Start a draft" }).click();

  const script = page.getByRole("region", { name: "Call script" });
  await expect(script).toContainText("Hello, may I speak with María?");
  await expect(script.getByRole("link", { name: "María Ortiz, +1 555 0100" })).toHaveAttribute("href", "tel:+15550100");
  await expect(page.getByRole("link", { name: "Open in mail app" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied the message." })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await message(page).inputValue());
});

test("the sent message is shown as sent, and earlier drafts stay in a history", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await openPartner(page, "Casa Latina");
  await steps(page).getByRole("link", { name: "First contact" }).click();
  await page.getByRole("button", { name: "Start a draft" }).click();
  await message(page).fill("First version, sent.");
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await page.getByRole("button", { name: "Write the follow-up" }).click();
  await message(page).fill("Second version, still a draft.");
  await page.reload();
  await expect(message(page)).toHaveValue("Second version, still a draft.");
  await expect(page.getByRole("group", { name: "Sent message" })).toContainText("First version, sent.");
  // Only drafts set aside are history: the sent one is not filed there.
  await expect(page.getByRole("region", { name: "Earlier drafts" })).toHaveCount(0);

  await page.getByRole("radio", { name: "Phone call" }).check();
  await page.getByRole("button", { name: "Use the phone call template" }).click();
  const history = page.getByRole("region", { name: "Earlier drafts" });
  await history.getByText(/^Email, draft of /).click();
  await expect(history).toContainText("Second version, still a draft.");
  await expect(history).not.toContainText("First version, sent.");
});

test("people, events and practices can be added, edited and removed", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await openPartner(page, "Casa Latina");
  await page.getByRole("button", { name: "Add person" }).click();
  await page.getByRole("group", { name: "New person" }).getByRole("textbox", { name: "Name" }).fill("Ana");
  await page.getByRole("button", { name: "Add person" }).click();
  await page.getByRole("group", { name: "New person" }).getByRole("textbox", { name: "Name" }).fill("Luis");
  await page.getByRole("group", { name: "Ana" }).getByRole("textbox", { name: "Role" }).fill("Director");
  await page.getByRole("button", { name: "Add event" }).click();
  const event = page.getByRole("group", { name: "New event" });
  await event.getByRole("textbox", { name: "Date" }).fill("2026-12-05");
  await event.getByRole("textbox", { name: "Title" }).fill("Open assembly");
  await page.getByRole("button", { name: "Add practice" }).click();
  await page.getByRole("textbox", { name: "Practice" }).fill("Members-only meeting on Mondays");

  await page.getByRole("button", { name: "Remove Luis" }).click();
  await expect(page.getByRole("group", { name: "Luis" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("group", { name: "Ana" }).getByRole("textbox", { name: "Role" })).toHaveValue("Director");
  await expect(page.getByRole("group", { name: "Luis" })).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Open assembly" }).getByRole("textbox", { name: "Date" })).toHaveValue(
    "2026-12-05",
  );
  await expect(page.getByRole("textbox", { name: "Practice" })).toHaveValue("Members-only meeting on Mondays");
  await expectNoAxeViolations(page);
});

test("an organization cannot be renamed to nothing", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await openPartner(page, "Casa Latina");
  const name = page.getByRole("textbox", { name: "Organization name" });
  await name.fill("");
  await expect(page.getByRole("alert").filter({ hasText: "The name stays as it was." })).toBeVisible();
  await name.fill("Casa Latina Workers' Center");
  await expect(page.getByRole("heading", { level: 1, name: "Casa Latina Workers' Center" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Casa Latina Workers' Center" })).toBeVisible();
});

test("in person at one of their events, the introduction names the event", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await openPartner(page, "Casa Latina");
  await page.getByRole("button", { name: "Add event" }).click();
  await page.getByRole("group", { name: "New event" }).getByRole("textbox", { name: "Title" }).fill("Wage theft rally");
  await steps(page).getByRole("link", { name: "First contact" }).click();
  await page.getByRole("radio", { name: "In person at one of their events" }).check();
  await page.getByRole("combobox", { name: "Which event" }).selectOption({ label: "Wage theft rally" });
  await page.getByRole("button", { name: "Start a draft" }).click();
  await expect(message(page)).toHaveValue(/I came to Wage theft rally to learn more about your work\./);
  await expect(page.getByRole("combobox", { name: "Which event" })).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByRole("textbox", { name: "Subject" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("with one of their public events coming, the first contact starts in person and says why", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-02T12:00:00"));
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await openPartner(page, "Casa Latina");
  await steps(page).getByRole("link", { name: "First contact" }).click();
  await expect(page.getByRole("radio", { name: "Email" })).toBeChecked();
  await expect(page.getByText(/^In person first:/)).toHaveCount(0);

  await steps(page).getByRole("link", { name: "Research" }).click();
  await page.getByRole("button", { name: "Add event" }).click();
  const event = page.getByRole("group", { name: "New event" });
  await event.getByRole("textbox", { name: "Date" }).fill("2026-11-12");
  await event.getByRole("textbox", { name: "Title" }).fill("Wage theft rally");
  await steps(page).getByRole("link", { name: "First contact" }).click();
  await expect(page.getByRole("radio", { name: "In person at one of their events" })).toBeChecked();
  await expect(page.getByText(/^In person first: Wage theft rally is coming up on November 12\./)).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Which event" })).toHaveValue(/[0-9a-f-]{36}/);
  await page.getByRole("button", { name: "Start a draft" }).click();
  await expect(message(page)).toHaveValue(/I came to Wage theft rally/);

  // The other channels stay one click away.
  await page.getByRole("radio", { name: "Email" }).check();
  await page.getByRole("button", { name: "Use the email template" }).click();
  await expect(page.getByRole("textbox", { name: "Subject" })).toBeVisible();
  await expectNoAxeViolations(page);
});

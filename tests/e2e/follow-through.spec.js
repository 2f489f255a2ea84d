// Nobody left waiting: the last contact with each partner, in the list and
// on its page, and "Losing touch" on the dashboard once 30 days pass.
import { readFileSync } from "node:fs";
import { test, expect, openApp, addPartner, downloadText, importReplacing, expectNoAxeViolations, clickToPrint } from "./fixtures.js";

const DAY = 86_400_000;
const START = new Date("2026-11-02T12:00:00");

const losingTouch = (page) => page.getByRole("region", { name: "Losing touch" });
/** What "Losing touch" says when nobody is losing touch. */
const IN_TOUCH = "Every partner you are working with has heard from you recently.";
const mainNav = (page) => page.getByRole("navigation", { name: "Main" });

test("losing touch appears after 30 days without contact and clears when an interaction is logged", async ({ page }) => {
  await page.clock.setFixedTime(START);
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await page.getByRole("link", { name: "Casa Latina" }).click();
  await page.getByRole("combobox", { name: "Stage", exact: true }).selectOption("met");
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Log" }).click();
  await page.getByRole("button", { name: "Add interaction" }).click();
  await expect(page.getByText("Last contact: Nov 2, 2026 (today).")).toBeVisible();

  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  await expect(losingTouch(page)).toContainText(IN_TOUCH);

  // Thirty days on, still in touch; the thirty-first, losing touch.
  await page.clock.setFixedTime(new Date(START.getTime() + 30 * DAY));
  await page.reload();
  await expect(losingTouch(page)).toContainText(IN_TOUCH);
  await page.clock.setFixedTime(new Date(START.getTime() + 31 * DAY));
  await page.reload();
  const casa = losingTouch(page).getByRole("listitem");
  await expect(casa).toHaveText("Casa Latina: no contact for 31 days, since Nov 2, 2026");
  await expectNoAxeViolations(page);

  await mainNav(page).getByRole("link", { name: "Partners" }).click();
  await expect(page.locator(".partner-list").getByRole("listitem").filter({ hasText: "Casa Latina" })).toContainText(
    "Last contact Nov 2, 2026",
  );

  // Its own number of days: 45 keeps it in touch for now.
  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  await casa.getByRole("link", { name: "Casa Latina" }).click();
  await expect(page.getByText("Last contact: Nov 2, 2026 (31 days ago).")).toBeVisible();
  const days = page.getByRole("spinbutton", { name: "Days without contact before we are losing touch" });
  await days.fill("45");
  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  await expect(losingTouch(page)).toContainText(IN_TOUCH);
  await page.goBack();
  await days.fill("");

  // A call logged today brings them back in touch.
  await page.getByRole("button", { name: "Add interaction" }).click();
  await page.getByRole("combobox", { name: "Kind" }).last().selectOption("Call");
  await expect(page.getByText("Last contact: Dec 3, 2026 (today).")).toBeVisible();
  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  await expect(losingTouch(page)).toContainText(IN_TOUCH);
});

test("Losing touch lists the ten longest silences, and the rest on request", async ({ page }) => {
  await page.clock.setFixedTime(START);
  // Twelve partners we have met: partner n was last in touch 31 + n days ago.
  const partners = Array.from({ length: 12 }, (_, n) => ({
    id: `00000000-0000-4000-8000-${String(n + 1).padStart(12, "0")}`,
    created_at: "2026-01-01T09:00:00Z",
    updated_at: "2026-01-01T09:00:00Z",
    stage: "met",
    organization: { name: `Partner ${String(n + 1).padStart(2, "0")}` },
    log: [
      {
        id: `00000000-0000-4000-8000-${String(n + 101).padStart(12, "0")}`,
        created_at: "2026-01-01T09:00:00Z",
        updated_at: "2026-01-01T09:00:00Z",
        date: new Date(START.getTime() - (31 + n) * DAY).toISOString().slice(0, 10),
        kind: "call",
        summary: "A call",
      },
    ],
  }));
  await openApp(page, "#/data");
  await importReplacing(page, JSON.stringify({ format: "common-ground-export", schema_version: 3, app_version: "test", exported_at: "2026-11-01T00:00:00Z", workspace: { partners } }));
  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  const links = losingTouch(page).getByRole("link");
  await expect(links).toHaveCount(10);
  await expect(links.first()).toHaveText("Partner 12");
  await expect(links.last()).toHaveText("Partner 03");
  await expect(losingTouch(page).getByRole("listitem").first()).toContainText("no contact for 42 days");
  await losingTouch(page).getByRole("button", { name: "Show 2 more partners" }).click();
  await expect(links).toHaveCount(12);
  await expect(links.nth(10)).toBeFocused();
  await expect(links.nth(10)).toHaveText("Partner 02");
  await expect(losingTouch(page).getByRole("button", { name: /^Show/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("feedback is asked for after a meeting, recorded, and linked to the lesson it prompted", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await page.getByRole("link", { name: "Casa Latina" }).click();
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Plan a meeting" }).click();
  await page.getByRole("textbox", { name: "Date" }).fill(await page.evaluate(() => new Date().toLocaleDateString("en-CA")));
  await page.getByRole("button", { name: "Mark as met" }).click();

  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  const nextActions = page.getByRole("region", { name: "Next actions" });
  await expect(nextActions.getByRole("link", { name: "Ask Casa Latina for feedback: due today" })).toBeVisible();
  await expectNoAxeViolations(page);
  await nextActions.getByRole("button", { name: "We asked Casa Latina for feedback" }).click();
  await expect(nextActions.getByRole("link", { name: /^Ask Casa Latina for feedback/ })).toHaveCount(0);
  await expect(page.getByText("Noted: you asked Casa Latina for feedback.")).toBeAttached();
  await page.reload();
  await expect(nextActions.getByRole("link", { name: "Write up the meeting with Casa Latina" })).toBeVisible();
  await expect(nextActions.getByRole("link", { name: /^Ask Casa Latina for feedback/ })).toHaveCount(0);

  // What they said, and the lesson it prompted, each showing the other.
  await mainNav(page).getByRole("link", { name: "Partners" }).click();
  await page.getByRole("link", { name: "Casa Latina" }).click();
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Log" }).click();
  await page.getByRole("button", { name: "Add their feedback" }).click();
  await page.getByRole("textbox", { name: "What they said" }).fill("Check with us before talking to the press.");
  await page.getByRole("button", { name: "Add a lesson" }).click();
  await page.getByRole("textbox", { name: "What we learned" }).fill("We spoke for them to a reporter.");
  await page.getByRole("textbox", { name: "What we will change" }).fill("Refer press to their spokespeople.");
  const prompted = page.getByRole("combobox", { name: "Prompted by their feedback" });
  await expect(prompted).toHaveValue("");
  const theirs = prompted.locator("option", { hasText: "Check with us before talking to the press." });
  await prompted.selectOption(await theirs.getAttribute("value"));
  await page.getByRole("button", { name: "Done" }).click();
  // The feedback says what we changed, closed and open.
  const timeline = page.getByRole("list", { name: "Timeline" });
  const feedback = timeline.getByRole("listitem").filter({ hasText: "Their feedback" });
  await expect(feedback).toContainText("Check with us before talking to the press. — what we changed: Refer press to their spokespeople.");
  await page.getByRole("button", { name: /^Edit their feedback of/ }).click();
  const changed = page.locator(".what-we-changed");
  await expect(changed).toContainText("What we changed because of it:");
  await expect(changed.getByRole("listitem")).toHaveText("Refer press to their spokespeople.");
  await expectNoAxeViolations(page);
  await page.reload();
  await page.getByRole("button", { name: /^Edit their feedback of/ }).click();
  await expect(changed.getByRole("listitem")).toHaveText("Refer press to their spokespeople.");
  await page.getByRole("button", { name: /^Edit our lesson of/ }).click();
  await expect(prompted.locator("option:checked")).toContainText("Check with us before talking");
});

test("help they asked for, even outside our usual tactics, counts as showing up", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await page.getByRole("link", { name: "Casa Latina" }).click();
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Log" }).click();
  const ledger = page.getByRole("region", { name: "Reciprocity" }).getByRole("status");
  await expect(ledger).toHaveText("We showed up for them 0 times; we asked something of them 0 times.");
  await page.getByRole("button", { name: "Add interaction" }).click();
  const did = page.getByRole("textbox", { name: "What we did about it" });
  await expect(did).toHaveCount(0);
  await page.getByRole("combobox", { name: "Kind" }).selectOption("They asked us for help");
  await page.getByRole("textbox", { name: "Summary" }).fill("They asked us to help staff a phone bank.");
  await expect(ledger).toContainText("We showed up for them 0 times");
  await did.fill("Five of us called voters for two evenings.");
  await expect(ledger).toContainText("We showed up for them 1 time;");
  await expectNoAxeViolations(page);
});

test("lessons are shared across partners as Markdown or print, names hidden unless chosen", async ({ page }) => {
  await openApp(page, "#/data");
  await importReplacing(page, readFileSync("tests/fixtures/export-v3.json", "utf8"));
  const share = page.getByRole("region", { name: "Share what we learned" });
  const hide = share.getByRole("checkbox", { name: "Call each partner \u201ca partner organization\u201d" });
  await expect(hide).toBeChecked();
  const hidden = await downloadText(page, share.getByRole("button", { name: "Save lessons as Markdown" }));
  expect(hidden.name).toMatch(/^lessons-\d{4}-\d{2}-\d{2}\.md$/);
  expect(hidden.text).toContain("## With a partner organization");
  expect(hidden.text).toContain("We spoke for them to a reporter.");
  expect(hidden.text).not.toContain("Casa Latina");
  await expectNoAxeViolations(page);

  await hide.uncheck();
  const named = await downloadText(page, share.getByRole("button", { name: "Save lessons as Markdown" }));
  expect(named.text).toContain("## With Casa Latina Workers' Center");

  expect(await clickToPrint(page, share.getByRole("button", { name: "Print lessons" }))).toBe(true);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".printable-report")).toContainText("What we learned from our partnerships");
  await expect(page.getByRole("heading", { name: "Share what we learned" })).toBeHidden();
});

test("what has worked: first contacts by channel, time to a first meeting, asks against showing up", async ({ page }) => {
  await openApp(page, "#/data");
  await importReplacing(page, readFileSync("tests/fixtures/export-v3.json", "utf8"));
  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  const worked = page.getByRole("region", { name: "What has worked" });
  const table = worked.getByRole("table", { name: "First contacts by channel" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row").nth(1)).toHaveText(/^Email\s*1\s*1\s*0\s*0$/);
  await expect(worked).toContainText("From first contact to first meeting: 6 days at the median, over 1 partner.");
  await expect(worked).toContainText("; we showed up 1 time and asked 0 times.");
  await expect(worked).toContainText(/Across partners we (have received no feedback yet|received \d+ pieces? of feedback and changed something because of \d+ of it);/);
  await expectNoAxeViolations(page);
  // On a phone the page never scrolls sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(table).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

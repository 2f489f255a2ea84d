// Following up the way the guide asks: one gentle follow-up, then their
// silence is respected (no third message), and a decline offers a pause.
import { test, expect, openApp, importReplacing, expectNoAxeViolations, exportFile } from "./fixtures.js";

const DAY = 86_400_000;
/** The day the first contact went out. */
const START = new Date("2026-11-02T12:00:00");
const CASA = "00000000-0000-4000-8000-000000000001";
const STAMP = "2026-11-02T12:00:00Z";

const at = (days) => new Date(START.getTime() + days * DAY);
const mainNav = (page) => page.getByRole("navigation", { name: "Main" });
const nextActions = (page) => page.getByRole("region", { name: "Next actions" });
const losingTouch = (page) => page.getByRole("region", { name: "Losing touch" });

/** Casa Latina, written to by email on Nov 2 with its follow-up due Nov 9, and a public event on Dec 20. */
function contacted(response = "awaiting") {
  return exportFile({
    partners: [
      {
        id: CASA,
        created_at: STAMP,
        updated_at: STAMP,
        stage: "contacted",
        organization: { name: "Casa Latina" },
        research: { current_issues: "A wage theft ordinance" },
        events: [
          { id: "00000000-0000-4000-8000-000000000002", created_at: STAMP, updated_at: STAMP, date: "2026-12-20", title: "Winter assembly", place: "" },
        ],
        drafts: [
          {
            id: "00000000-0000-4000-8000-000000000003",
            created_at: STAMP,
            updated_at: STAMP,
            channel: "email",
            subject: "Learning about Casa Latina's work",
            body: "Hello, we read about your wage theft ordinance work.",
            status: "sent",
            sent_on: "2026-11-02",
            response,
            follow_up_on: "2026-11-09",
          },
        ],
      },
    ],
  });
}

async function dashboardOn(page, days) {
  await page.clock.setFixedTime(at(days));
  await page.reload();
  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  await expect(nextActions(page)).toBeVisible();
}

test("one gentle follow-up, then their silence is respected: never a third message", async ({ page }) => {
  await page.clock.setFixedTime(START);
  await openApp(page, "#/data");
  await importReplacing(page, contacted());

  // Day 8: the one follow-up is overdue, and it opens a follow-up draft.
  await dashboardOn(page, 8);
  const followUps = nextActions(page).getByRole("link", { name: /^Follow up with Casa Latina/ });
  await expect(followUps).toHaveCount(1);
  await expect(followUps).toHaveText("Follow up with Casa Latina: overdue since Nov 9");
  await expect(losingTouch(page)).not.toContainText("Casa Latina");
  await followUps.click();
  await page.getByRole("button", { name: "Write the follow-up" }).click();
  const message = page.getByRole("textbox", { name: "Message" });
  await expect(message).toHaveValue(/I wrote to you on November 2 about your work on a wage theft ordinance\./);
  await expect(page.getByRole("textbox", { name: "Subject" })).toHaveValue("Re: Learning about Casa Latina's work");
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(page.getByRole("heading", { name: "Follow-up sent" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Follow up on" })).toHaveCount(0);
  await expect(page.getByText(/Your follow-up went out on November 10\. The next move is theirs/)).toBeVisible();
  await expect(page.getByRole("button", { name: /Start a new draft|Write the follow-up/ })).toHaveCount(0);

  // Day 15: their move; nothing to do for Casa.
  await dashboardOn(page, 15);
  await expect(nextActions(page)).not.toContainText("Casa Latina");

  // Day 22 and day 40: their silence is an answer for now, and nobody is "losing touch".
  for (const days of [22, 40]) {
    await dashboardOn(page, days);
    const items = nextActions(page).getByRole("listitem").filter({ hasText: "Casa Latina's silence" });
    await expect(items).toHaveCount(1);
    await expect(items).toHaveText(
      "Respect Casa Latina's silence: no more messages; go to one of their public events, or pause and check back later",
    );
    await expect(nextActions(page)).not.toContainText("Follow up with");
    await expect(losingTouch(page)).not.toContainText("Casa Latina");
  }
  await expectNoAxeViolations(page);

  // Its page offers their public event or a pause, and no new message.
  await nextActions(page).getByRole("link", { name: /^Respect Casa Latina's silence/ }).click();
  const silence = page.getByRole("region", { name: "Their silence is an answer for now" });
  await expect(silence.getByRole("link", { name: "Winter assembly" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Start a new draft|Write the follow-up/ })).toHaveCount(0);
  // No channel to choose either: the next move is theirs.
  await expect(page.getByRole("group", { name: "Channel" })).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Check back on" })).toHaveValue("2027-03-12");
  await page.getByRole("textbox", { name: "Check back on" }).fill("2026-12-20");
  await page.getByRole("button", { name: "Pause and check back" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Paused Casa Latina." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(page.getByRole("combobox", { name: "Stage", exact: true })).toHaveValue("paused");

  // Paused: out of the next actions until the day chosen to check back.
  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  await expect(nextActions(page).getByRole("link", { name: "Check back on Casa Latina: due Sun Dec 20" })).toBeVisible();
  await expect(nextActions(page)).not.toContainText("Respect Casa Latina's silence");
  await expect(losingTouch(page)).not.toContainText("Casa Latina");
});

test("a decline offers to pause the partner, in one press that Undo takes back", async ({ page }) => {
  await page.clock.setFixedTime(at(3));
  await openApp(page, "#/data");
  await importReplacing(page, contacted("declined"));
  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  const respect = nextActions(page).getByRole("link", { name: "Respect Casa Latina's answer and pause for now" });
  await expect(respect).toBeVisible();
  await expect(nextActions(page)).not.toContainText("Follow up with");
  await respect.click();

  const declined = page.getByRole("region", { name: "They declined" });
  await expect(page.getByRole("button", { name: /Start a new draft|Write the follow-up/ })).toHaveCount(0);
  await declined.getByRole("button", { name: "Pause this partner" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Paused Casa Latina." })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Stage", exact: true })).toHaveValue("paused");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Casa Latina is no longer paused." })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Stage", exact: true })).toHaveValue("contacted");
  await expect(page.getByRole("button", { name: "Pause this partner" })).toBeFocused();

  await page.getByRole("button", { name: "Pause this partner" }).click();
  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  await expect(nextActions(page)).not.toContainText("Casa Latina");
});

test("only something from them answers a contact: our own call does not, their call does", async ({ page }) => {
  await page.clock.setFixedTime(at(8));
  await openApp(page, "#/data");
  await importReplacing(page, contacted());
  await page.goto(`./#/partners/${CASA}/log`);
  await page.getByRole("button", { name: "Add interaction" }).click();
  const entry = page.getByRole("group").filter({ has: page.getByRole("textbox", { name: "Summary" }) }).first();
  await entry.getByRole("combobox", { name: "Kind" }).selectOption("call");
  await entry.getByRole("textbox", { name: "Summary" }).fill("Called Casa, left a message");

  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  await expect(nextActions(page).getByRole("link", { name: /^Follow up with Casa Latina/ })).toHaveCount(1);

  await page.goto(`./#/partners/${CASA}/log`);
  await page.getByRole("button", { name: /^Edit/ }).first().click();
  await page.getByRole("checkbox", { name: "They reached out to us" }).check();
  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  await expect(nextActions(page).getByRole("link", { name: /^Follow up with Casa Latina/ })).toHaveCount(0);
  await expect(nextActions(page).getByRole("link", { name: "Plan a meeting with Casa Latina" })).toBeVisible();
});

// The whole journey with one partner, from a new name to an ongoing
// partnership, through every step.
import { test, expect, openApp, addPartner, downloadText, expectNoAxeViolations } from "./fixtures.js";

const steps = (page) => page.getByRole("navigation", { name: "Steps" });
const stage = (page) => page.getByRole("combobox", { name: "Stage", exact: true });

test("from a new partner to an ongoing partnership", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await page.getByRole("link", { name: "Casa Latina" }).click();
  await expect(stage(page)).toHaveValue("researching");

  // Research
  await page.getByRole("textbox", { name: "Current issues and campaigns" }).fill("A wage theft ordinance");
  await page.getByRole("textbox", { name: "Address" }).fill("1200 Alder St");

  // First contact
  await steps(page).getByRole("link", { name: "First contact" }).click();
  await page.getByRole("button", { name: "Start a draft" }).click();
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(stage(page)).toHaveValue("contacted");

  // Meeting
  await steps(page).getByRole("link", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Plan a meeting" }).click();
  await expect(stage(page)).toHaveValue("meeting_planned");
  await page.getByRole("textbox", { name: "What we heard" }).fill("They need people at the hearing.");
  await page.getByRole("button", { name: "Mark as met" }).click();
  await expect(stage(page)).toHaveValue("met");

  // Log
  await steps(page).getByRole("link", { name: "Log" }).click();
  const ledger = page.getByRole("region", { name: "Reciprocity" });
  await expect(ledger).toContainText("We showed up for them 0 times; we asked something of them 0 times.");
  // The email sent and the meeting held are in the log already.
  await expect(page.getByRole("region", { name: "Staying in touch" })).toContainText(/\(today\)\. In touch 2 times\./);
  const timeline = page.getByRole("list", { name: "Timeline" });
  const entries = timeline.getByRole("listitem");
  await expect(entries).toHaveCount(2);
  await expect(entries.filter({ hasText: "First contact sent: Learning about Casa Latina's work" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Listen-first meeting at 1200 Alder St, held: They need people at the hearing." })).toHaveCount(1);
  await page.getByRole("button", { name: "Add interaction" }).click();
  // The one entry open for editing.
  const entry = timeline.getByRole("group");
  await entry.getByRole("combobox", { name: "Kind" }).selectOption("Meeting");
  await entry.getByRole("checkbox", { name: "We asked something of them" }).check();
  await expect(ledger).toContainText("We have asked once and shown up no times.");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("region", { name: "Reciprocity" })).toContainText("Casa Latina: We have asked once");
  await expectNoAxeViolations(page);
  await page.getByRole("region", { name: "Reciprocity" }).getByRole("link", { name: "Casa Latina" }).click();

  await page.getByRole("button", { name: "Add interaction" }).click();
  const second = timeline.getByRole("group");
  await second.getByRole("combobox", { name: "Kind" }).selectOption("We attended their event or action");
  await second.getByRole("textbox", { name: "Summary" }).fill("Eight of us came to the hearing.");
  await expect(ledger).toContainText("We showed up for them 1 time; we asked something of them 1 time.");
  await expect(ledger).not.toContainText("Showing up is a habit, not a trade");

  await page.getByRole("button", { name: "Add their feedback" }).click();
  await page.getByRole("textbox", { name: "What they said" }).fill("Check with us before talking to the press.");
  await page.getByRole("button", { name: "Add a lesson" }).click();
  await page.getByRole("textbox", { name: "What we learned" }).fill("We spoke for them to a reporter.");
  await page.getByRole("textbox", { name: "What we will change" }).fill("Refer press to their spokespeople.");
  await page.getByRole("button", { name: "Add commitment" }).click();
  const commitment = page.getByRole("group", { name: "New step" });
  await commitment.getByRole("combobox", { name: "Who" }).selectOption("them");
  await commitment.getByRole("textbox", { name: "What" }).fill("Send us their volunteer form");
  await page.getByRole("group", { name: "Send us their volunteer form" }).getByRole("combobox", { name: "Status" }).selectOption("Done");
  // The fold's arrow stays out of its name.
  await page.getByRole("button", { name: "Accountability", exact: true }).click();
  await page.getByRole("textbox", { name: "What accountability means in this collaboration" }).fill("We follow their lead on their issues.");
  await page.getByRole("button", { name: "Reviewed with them today" }).click();
  await expect(page.getByText(/^Last reviewed with them on /)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Report-out to our group" }).click();
  const report = await downloadText(page, page.getByRole("button", { name: "Save as Markdown" }));
  expect(report.name).toMatch(/^report-out-\d{4}-\d{2}-\d{2}\.md$/);
  expect(report.text).toContain("# Casa Latina: report-out");
  expect(report.text).toContain("- **Current issues and campaigns:** A wage theft ordinance");
  expect(report.text).toContain("we attended their event or action: Eight of us came to the hearing.");

  // One time showing up is not yet a partnership: the big button waits for a history of it.
  await expect(page.getByRole("button", { name: "Mark as an ongoing partnership" })).toHaveCount(0);
  await expect(page.getByText(/^A partnership grows from showing up over time\./)).toBeVisible();
  await stage(page).selectOption("ongoing_partnership");
  await expect(stage(page)).toHaveValue("ongoing_partnership");
  await page.reload();
  await expect(stage(page)).toHaveValue("ongoing_partnership");
  await expect(entries.filter({ hasText: "Their feedback Check with us before talking to the press." })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Their step Send us their volunteer form (done)" })).toHaveCount(1);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("link", { name: "Ongoing partnership: 1 partner" })).toBeVisible();
});

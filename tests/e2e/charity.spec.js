// Writing to a 501(c)(3) the way the guide asks: our objectives framed by
// their impact on people and tied to the partner's purpose, and no electoral
// wording in anything we send or print for them, not only the first contact.
import { test, expect, openApp, importReplacing, expectNoAxeViolations, exportFile } from "./fixtures.js";

const CASA = "00000000-0000-4000-8000-000000000001";
const STAMP = "2026-11-02T12:00:00Z";
const record = (n) => ({ id: `00000000-0000-4000-8000-0000000000${String(n).padStart(2, "0")}`, created_at: STAMP, updated_at: STAMP });

/** A 501(c)(3) partner with a meeting and a visit whose shared texts carry electoral wording. */
function charityWithElectoralWords() {
  return exportFile({
    our_group: { name: "Springfield Neighbors", one_line: "We help neighbors read the city budget" },
    partners: [
      {
        ...record(1),
        id: CASA,
        stage: "meeting_planned",
        organization: { name: "Casa Latina", tax_status: "501c3" },
        research: { current_issues: "A wage theft ordinance" },
        meetings: [
          {
            ...record(2),
            duration_minutes: 60,
            location: "",
            our_introduction: "We are working to re-elect Mayor Diaz.",
            agenda: [{ ...record(3), section: "alignment", title: "Getting out the vote for our slate", minutes: 10 }],
            questions: [],
            after: { held: false, what_we_heard: "", invitation_extended: "Our election night party", their_meetings_we_may_attend: "" },
          },
        ],
        visits: [{ ...record(4), duration_minutes: 90, place: "", who: "", their_item: "", agenda: "Welcome\nHow to defeat the incumbent", notes: "" }],
      },
    ],
  });
}

test("every text we share with a 501(c)(3) is read for electoral wording, not only the first contact", async ({ page }) => {
  await openApp(page, "#/data");
  await importReplacing(page, charityWithElectoralWords());
  await page.goto(`./#/partners/${CASA}/meeting`);
  const notice = page.getByRole("complementary", { name: "Electoral wording in what you will share" });
  await expect(notice.getByRole("listitem")).toHaveText([
    "The meeting introduction: “re-elect”",
    "The meeting agenda: “Getting out the vote”",
    "The invitation: “election”",
    "The agenda of their visit: “defeat the incumbent”",
  ]);
  await expect(notice).toContainText("by its impact on people in their community");
  await expectNoAxeViolations(page);

  await page.getByRole("textbox", { name: "Our short introduction" }).fill("We help neighbors read the city budget.");
  await expect(notice.getByRole("listitem")).toHaveCount(3);
  await expect(notice).not.toContainText("The meeting introduction");

  // A 501(c)(4) may hear about elections: nothing is said.
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Research" }).click();
  await page.getByRole("combobox", { name: "Tax status" }).selectOption("501(c)(4)");
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Meeting" }).click();
  await expect(page.getByRole("heading", { name: "Electoral wording in what you will share" })).toHaveCount(0);
});

test("how our work ties to their purpose flows into the first contact and the meeting introduction", async ({ page }) => {
  await openApp(page, "#/data");
  await importReplacing(page, charityWithElectoralWords());
  await page.goto(`./#/partners/${CASA}/research`);
  await page
    .getByRole("textbox", { name: "How our work ties to their purpose" })
    .fill("our budget work shows families where the money for wage enforcement goes");
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "First contact" }).click();
  await page.getByRole("button", { name: "Start a draft" }).click();
  await expect(page.getByRole("textbox", { name: "Message", exact: true })).toHaveValue(
    /We help neighbors read the city budget\. Our budget work shows families where the money for wage enforcement goes\./,
  );
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Plan a meeting" }).click();
  await expect(page.getByRole("textbox", { name: "Our short introduction" })).toHaveValue(
    /We help neighbors read the city budget\. Our budget work shows families where the money for wage enforcement goes\.$/,
  );
});

// The live humility check on drafts from the labelled corpus
// (tests/fixtures/humility/casa.txt), typed or filled into the Message
// field for a fully researched partner: the advice items must be exactly the
// rules each draft is labelled with, and a humble draft gets the honest
// summary of what was checked and found.
import { readFileSync } from "node:fs";
import { test, expect, openApp, addPartner, expectNoAxeViolations } from "./fixtures.js";

const CORPUS = readFileSync(new URL("../fixtures/humility/casa.txt", import.meta.url), "utf8");

/** The corpus's drafts by id: channel, labels and text. */
function parseCorpus(corpus) {
  const drafts = new Map();
  let current = null;
  for (const line of corpus.split("\n")) {
    const header = line.match(/^=== (\d+) (\S+): (.*?)(?: -- .*)?$/);
    if (header) {
      const labels = header[3].trim().split(/\s+/).filter((label) => label !== "none");
      current = { id: Number(header[1]), channel: header[2], labels, lines: [] };
      drafts.set(current.id, current);
    } else if (current) {
      current.lines.push(line);
    }
  }
  for (const draft of drafts.values()) draft.text = draft.lines.join("\n").trim();
  return drafts;
}

const drafts = parseCorpus(CORPUS);

/** Each rule key's title, as the advice item shows it. */
const TITLES = {
  placeholder: "Text left to fill in",
  recruiting: "Recruiting language",
  "ask-first": "Asking before listening",
  savior: "Savior framing",
  tokenizing: "Tokenizing",
  jargon: "Jargon",
  electoral: "Electoral or partisan wording",
  "too-long": "Long message",
  "no-question": "No question about their work",
  "no-research": "Nothing shows our research",
  "no-offer": "No offer to come to them",
};

const message = (page) => page.getByRole("textbox", { name: "Message", exact: true });
const humility = (page) => page.getByRole("region", { name: "Humility check" });
const advice = (page) => humility(page).getByRole("listitem");

/** Casa del Trabajador with the same research as the native corpus test. */
async function researchedPartner(page) {
  await openApp(page);
  await addPartner(page, "Casa del Trabajador");
  await page.getByRole("link", { name: "Casa del Trabajador", exact: true }).click();
  const fields = {
    Mission:
      "We empower day laborers and domestic workers to defend their rights and win fair pay, safe jobs and dignity.",
    "How they achieve it":
      "A worker-run hiring hall, monthly membership assemblies, know-your-rights trainings and a leadership school.",
    "Theory of change":
      "Workers who know their rights and act together shift power on the job and at city hall.",
    "Current issues and campaigns":
      "A wage theft ordinance before the city council; heat safety protections for outdoor workers.",
    "Tactics they already use": "Worker committees, testimony at public hearings, rallies at job sites, legal clinics.",
    "Community served": "Day laborers and domestic workers, mostly Latino immigrants in the Flats",
    "Other focus areas": "Immigrant rights",
    Affiliation: "National Day Laborer Organizing Network",
  };
  for (const [label, value] of Object.entries(fields)) {
    await page.getByRole("textbox", { name: label, exact: true }).fill(value);
  }
  await page.getByRole("combobox", { name: "Tax status" }).selectOption("501(c)(3)");
  for (const title of ["Heat safety rally at City Hall", "Know Your Rights workshop", "Domestic workers' cafecito"]) {
    await page.getByRole("button", { name: "Add event" }).click();
    await page.getByRole("group", { name: "New event" }).getByRole("textbox", { name: "Title" }).fill(title);
  }
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "First contact" }).click();
  await page.getByRole("button", { name: "Start a draft" }).click();
  await expect(message(page)).toBeVisible();
}

/** Puts a corpus draft in the Message field and checks the advice against its labels. */
async function expectLabelsFor(page, id, { typed = false } = {}) {
  const draft = drafts.get(id);
  if (typed) {
    await message(page).fill("");
    await message(page).pressSequentially(draft.text);
  } else {
    await message(page).fill(draft.text);
  }
  await expect(advice(page), `draft ${id}`).toHaveCount(draft.labels.length);
  for (const label of draft.labels) {
    await expect(advice(page).filter({ hasText: TITLES[label] }), `draft ${id}: ${label}`).toHaveCount(1);
  }
  const summary = humility(page).locator(".humility-summary");
  if (draft.labels.length === 0) {
    await expect(summary).toContainText("No flags raised.");
    await expect(summary).toContainText("Checked for recruiting, asks before listening, savior framing, tokenizing");
    await expect(summary).toContainText("a sign of your research");
    await expect(summary).not.toContainText("humble");
  } else {
    await expect(summary).toContainText(
      draft.labels.length === 1 ? "1 thing to reconsider." : `${draft.labels.length} things to reconsider.`,
    );
  }
}

test("emails from the corpus raise exactly their labelled advice", async ({ page }) => {
  await researchedPartner(page);
  const emails = [1, 2, 4, 6, 7, 10, 11, 13, 14, 17, 18, 21, 22, 23, 25, 27, 28, 31, 34, 40];
  for (const id of emails) {
    expect(drafts.get(id).channel, `draft ${id}`).toBe("email");
    await expectLabelsFor(page, id);
  }
  await expectNoAxeViolations(page);
});

test("a humble draft typed key by key ends with the honest summary", async ({ page }) => {
  await researchedPartner(page);
  await expectLabelsFor(page, 81, { typed: true });
  const summary = humility(page).locator(".humility-summary");
  await expect(summary).toContainText("Found: a question about their work");
  await expect(summary).toContainText("an offer to come to them (\u201ccome to the hall\u201d)");
  await expect(advice(page)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("in person at their event, no offer to come is asked for", async ({ page }) => {
  await researchedPartner(page);
  await page.getByRole("radio", { name: "In person at one of their events" }).check();
  await page.getByRole("button", { name: "Keep my text" }).click();
  for (const id of [5, 12, 19, 30, 46, 55, 106]) {
    expect(drafts.get(id).channel, `draft ${id}`).toBe("in-person");
    await expectLabelsFor(page, id);
  }
  await expect(humility(page).locator(".humility-summary")).not.toContainText("an offer to come to them");
  await expectNoAxeViolations(page);
});

test("newly raised advice is said once typing pauses, by name, and the Message points to the check", async ({ page }) => {
  await researchedPartner(page);
  await expect(message(page)).toHaveAccessibleDescription(/No flags raised\.|things? to reconsider\./);
  // The visible summary is no live region: its count would be read out on every keystroke.
  await expect(humility(page).locator(".humility-summary")).not.toHaveAttribute("aria-live", /.*/);
  const said = humility(page).getByRole("status");
  await expect(said).toHaveText("");

  await message(page).fill("");
  await message(page).pressSequentially(" We hope your members will join our group.", { delay: 20 });
  await expect(said).toContainText(/^New advice: .*Recruiting language/);
  await expect(message(page)).toHaveAccessibleDescription(/thing to reconsider|things to reconsider/);

  // Advice already heard is not said again when more comes.
  await message(page).pressSequentially(" We bring synergy.", { delay: 20 });
  await expect(said).toHaveText("New advice: Jargon.");
});

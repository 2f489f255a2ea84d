// The journey and the storage promises as one list of steps, run in Chromium
// by Playwright (tests/e2e/engines.spec.js), in Firefox by Puppeteer and in
// WebKit by Selenium (tests/engines/run.mjs). A scenario only uses `App`
// (tests/engines/app.mjs), so it reads the same in every engine.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const FIXTURE = readFileSync(new URL("../fixtures/export-v3.json", import.meta.url), "utf8");

const button = (name, within) => ({ role: "button", name, within });
const link = (name, within) => ({ role: "link", name, within });
const textbox = (name, within) => ({ role: "textbox", name, within });
const field = (name, within) => ({ role: "field", name, within });
const combobox = (name, within) => ({ role: "combobox", name, within });
const region = (name) => ({ role: "region", name });
const heading = (name) => ({ role: "heading", name });
const main = { role: "navigation", name: "Main" };
const steps = { role: "navigation", name: "Steps" };
const stage = combobox("Stage");
const withoutExportTime = (text) => text.replace(/"exported_at": "[^"]*"/, '"exported_at": ""');

async function addPartner(app, name) {
  await app.click(link("Partners", main));
  await app.fill(textbox("Organization name"), name);
  await app.click(button("Add partner"));
  await expectStatus(app, `Added ${name}.`);
}

async function openData(app) {
  await app.click(link("Data", main));
  await app.find(heading("Data"));
}

/** Waits until one of the app's status lines or alerts contains `text`, or matches it (a RegExp). */
async function expectStatus(app, text) {
  const pattern = text instanceof RegExp ? { source: text.source, flags: text.flags } : null;
  await app.until(`a status saying ${text}`, () =>
    app.evaluate(
      (wanted, wantedPattern) =>
        [...document.querySelectorAll("[role=status], [role=alert]")].some((each) => {
          const said = each.textContent.replace(/\s+/g, " ").trim();
          return wantedPattern ? new RegExp(wantedPattern.source, wantedPattern.flags).test(said) : said.includes(wanted);
        }),
      pattern ? null : text,
      pattern,
    ),
  );
}

/** Waits until local storage holds a partner record containing `text`. */
async function expectStored(app, text) {
  await app.until(`a stored partner with "${text}"`, async () =>
    Object.entries(await app.storage()).some(([key, value]) => key.includes(":partner:") && value.includes(text)),
  );
}

/** Each scenario: a name and the steps, given an `App` opened on nothing yet. */
export const scenarios = [
  {
    name: "every page loads and survives a reload, with no error and no request to another origin",
    async run(app) {
      await app.open();
      for (const [name, title] of [
        ["Partners", "Partners"],
        ["Coalitions", "Coalitions"],
        ["Data", "Data"],
        ["Guide", "Guide"],
        ["Dashboard", "Dashboard"],
      ]) {
        await app.click(link(name, main));
        await app.find({ role: "heading", name: title });
        await app.reload();
        await app.find({ role: "heading", name: title });
      }
    },
  },
  {
    name: "the journey: research, a first contact the humility check reads, a meeting, its calendar file and a log entry survive a reload",
    async run(app) {
      await app.open();
      await addPartner(app, "Casa Latina");
      await app.click(link("Casa Latina"));
      await app.expectValue(stage, "researching");
      await app.fill(textbox("Current issues and campaigns"), "A wage theft ordinance");
      await app.fill(textbox("Address"), "1200 Alder St");

      await app.click(link("First contact", steps));
      await app.click(button("Start a draft"));
      const check = region("Humility check");
      await app.fill(textbox("Message"), "We want to recruit your members to our campaign.");
      await app.expectText(check, "Recruiting");
      await app.fill(textbox("Message"), "Hello! We would love to learn about your work on the wage theft ordinance. Could we come to you?");
      await app.until("the recruiting flag to go", async () => !(await app.text(check)).includes("Recruiting"));
      // Copying works, or says to copy by hand where the engine refuses.
      await app.click(button("Copy"));
      await expectStatus(app, /^Copied the subject and the message\.$|^Copying failed \(.+\)\. Select the message and copy it by hand\.$/);
      await app.click(button("Mark as sent"));
      await app.expectValue(stage, "contacted");

      await app.click(link("Meeting", steps));
      await app.click(button("Plan a meeting"));
      await app.expectValue(stage, "meeting_planned");
      await app.choose(field("Date"), "2026-12-03");
      await app.choose(field("Start time"), "17:30");
      const calendar = await app.download(button("Download calendar file"));
      assert.equal(calendar.name, "meeting-2026-12-03.ics");
      assert.match(calendar.text, /^BEGIN:VCALENDAR\r\n/);
      assert.match(calendar.text, /\r\nDTSTART:20261203T173000\r\n/);
      assert.match(calendar.text, /\r\nLOCATION:1200 Alder St\r\n/);

      await app.click(link("Log", steps));
      await app.click(button("Add interaction"));
      const entry = { role: "group", within: { role: "list", name: "Timeline" } };
      await app.fill(textbox("Summary", entry), "Called to confirm the meeting.");
      await expectStored(app, "Called to confirm the meeting.");

      await app.reload();
      await app.expectText({ role: "list", name: "Timeline" }, "Called to confirm the meeting.");
      await app.click(link("Meeting", steps));
      await app.expectValue(field("Date"), "2026-12-03");
      await app.expectValue(field("Start time"), "17:30");
      await app.click(link("First contact", steps));
      await app.expectText({ role: "group", name: "Sent message" }, "learn about your work on the wage theft ordinance");
      await app.click(link("Research", steps));
      await app.expectValue(textbox("Address"), "1200 Alder St");
      await app.expectValue(stage, "meeting_planned");
    },
  },
  {
    name: "Print agenda prints the agenda alone, on one page",
    async run(app) {
      await app.open();
      await addPartner(app, "Casa Latina");
      await app.click(link("Casa Latina"));
      await app.click(link("Meeting", steps));
      await app.click(button("Plan a meeting"));
      await app.choose(field("Date"), "2026-12-03");
      // The browser's print dialog would wait for a person: note the call instead.
      await app.evaluate(() => {
        window.print = () => {
          window.__printed = document.documentElement.dataset.print ?? "the whole page";
        };
      });
      await app.click(button("Print agenda"));
      assert.equal(await app.evaluate(() => window.__printed ?? null), "meeting");
      const pages = await app.printedPages();
      if (pages === null) {
        // WebKitWebDriver has no Print Page command: in WebKit this scenario
        // covers what is printed, and says so, but not the page count.
        console.log(`    (${app.driver.name}: the printed page count is not covered; its driver cannot print)`);
      } else {
        assert.equal(pages, 1, "the agenda prints on one A4 page");
      }
    },
  },
  {
    name: "a change made 200 ms before a reload is there after it",
    async run(app) {
      await app.open();
      await addPartner(app, "Tenants United");
      await app.click(link("Tenants United"));
      await app.choose(stage, "Contacted");
      await app.sleep(200);
      await app.reload();
      await app.find({ role: "heading", name: "Tenants United" });
      await app.expectValue(stage, "contacted");
    },
  },
  {
    name: "a partner added in one tab shows in another open tab, through the storage event",
    async run(app) {
      await app.open("#/partners");
      const other = await app.newTab();
      await other.open("#/partners");
      await addPartner(other, "Saved in the other tab");
      await expectStored(other, "Saved in the other tab");
      await other.closeTab();
      await app.find(link("Saved in the other tab"));
      assert.equal(await app.count({ role: "heading", name: "Changed in another tab" }), 0);
    },
  },
  {
    name: "export, import, export gives the same bytes apart from the export time",
    async run(app) {
      await app.open();
      await openData(app);
      await app.upload(field("Import data"), "backup.json", FIXTURE);
      await app.click(button("Replace my data"));
      await app.click(button("Replace everything"));
      await expectStatus(app, "Imported.");
      const first = await app.download(button("Export data"));
      assert.match(first.name, /^common-ground-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
      await app.reload();
      await app.upload(field("Import data"), "first.json", first.text);
      await app.click(button("Replace my data"));
      await app.click(button("Replace everything"));
      await expectStatus(app, "Imported.");
      const second = await app.download(button("Export data"));
      assert.equal(withoutExportTime(second.text), withoutExportTime(first.text));
    },
  },
  {
    name: "two devices exchanging files keep both field edits, a delete stays deleted but restorable, and a private note is in no file",
    async run(app) {
      const CASA = "0b5a7c1e-3f1d-4c52-9a8e-6d2f1b7c9e01";
      const EASTSIDE = "1c6b8d2f-4a2e-4d63-8b9f-7e3a2c8d0f11";
      // Two devices in one browser: each one's storage is put in place in turn.
      const device = () => app.evaluate(() => JSON.stringify({ ...localStorage }));
      const become = async (stored) => {
        await app.evaluate((text) => {
          localStorage.clear();
          for (const [key, value] of Object.entries(JSON.parse(text))) localStorage.setItem(key, value);
        }, stored);
        await app.reload();
      };
      const mergeIn = async (file) => {
        await app.open("#/data");
        await app.upload(field("Import data"), "from-teammate.json", file.text);
        await app.click(button("Merge with my data"));
        await expectStatus(app, "Imported.");
      };
      const fillResearch = async (partner, label, text) => {
        await app.open(`#/partners/${partner}/research`);
        await app.fill(textbox(label), text);
        await expectStored(app, text);
      };

      await app.open("#/data");
      await app.upload(field("Import data"), "backup.json", FIXTURE);
      await app.click(button("Replace my data"));
      await app.click(button("Replace everything"));
      await expectStatus(app, "Imported.");
      const start = await app.download(button("Export data"));
      const laptop = await device();
      await become("{}");
      await app.open("#/data");
      await app.upload(field("Import data"), "start.json", start.text);
      await app.click(button("Replace my data"));
      await app.click(button("Replace everything"));
      await expectStatus(app, "Imported.");
      // The phone edits how Casa Latina works, and Eastside's mission.
      await fillResearch(CASA, "How they achieve it", "Monthly assemblies where members decide");
      await fillResearch(EASTSIDE, "Mission", "Edited on the phone before the delete arrived");
      await app.open("#/data");
      const fromPhone = await app.download(button("Export data"));
      const phone = await device();

      // The laptop edits the mission, keeps a private note, deletes Eastside.
      await become(laptop);
      await fillResearch(CASA, "Mission", "Workers' rights and wage theft clinics");
      await app.fill(textbox("Only on this device"), "Private: Rosa is wary");
      await app.until("the private note stored", async () => JSON.stringify(await app.storage()).includes("Rosa is wary"));
      const shared = await app.download(button("Share this partner"));
      await app.open(`#/partners/${EASTSIDE}/research`);
      await app.click(button("Delete partner"));
      await app.click(button("Delete it and its records", { role: "dialog", name: "Delete Eastside Tenants Union?" }));
      await app.find(heading("Partners"));
      await app.open("#/data");
      const fromLaptop = await app.download(button("Export data"));
      for (const file of [fromLaptop, shared]) assert.ok(!file.text.includes("Rosa"), `${file.name} holds no private note`);

      await mergeIn(fromPhone);
      await app.open(`#/partners/${CASA}/research`);
      await app.expectValue(textbox("Mission"), "Workers' rights and wage theft clinics");
      await app.expectValue(textbox("How they achieve it"), "Monthly assemblies where members decide");
      await app.open("#/partners");
      assert.equal(await app.count(link("Eastside Tenants Union")), 0, "the delete stays");

      await become(phone);
      await mergeIn(fromLaptop);
      await app.open("#/partners");
      assert.equal(await app.count(link("Eastside Tenants Union")), 0, "the delete travels");
      await app.open(`#/partners/${CASA}/research`);
      await app.expectValue(textbox("Mission"), "Workers' rights and wage theft clinics");
      await app.expectValue(textbox("Only on this device"), "");
      await app.open("#/data");
      await app.click(button("Restore Eastside Tenants Union", region("Recently deleted")));
      await app.open(`#/partners/${EASTSIDE}/research`);
      await app.expectValue(textbox("Mission"), "Edited on the phone before the delete arrived");
    },
  },
  {
    name: "the Data page says how the browser keeps the data; a refused import says why and changes nothing",
    async run(app) {
      await app.open();
      await addPartner(app, "Stored before");
      await expectStored(app, "Stored before");
      await openData(app);
      // Every engine's answer about keeping the data is said plainly, also
      // where there is no navigator.storage to ask (WebKitGTK).
      const where = region("Where your data lives");
      await app.expectText(where, /has agreed to keep this data|did not promise to keep this data|has asked the browser to keep this data|offers no way to ask it to keep this data/);
      await app.expectText(where, /The browser counts .+ used by this site|This browser gives no estimate of the storage this site uses/);
      const before = await app.storage();
      await app.upload(field("Import data"), "broken.json", '{"format": "common-ground", "partners": [');
      await expectStatus(app, "Import refused");
      assert.deepEqual(await app.storage(), before);
      await app.reload();
      assert.deepEqual(await app.storage(), before);
    },
  },
  {
    name: "Delete partner asks in a modal dialog, and Undo brings the partner back",
    async run(app) {
      await app.open();
      await addPartner(app, "Casa Latina");
      await app.click(link("Casa Latina"));
      const dialog = { role: "dialog", name: "Delete Casa Latina?" };
      await app.click(button("Delete partner"));
      await app.find(dialog);
      const focusInDialog = () => app.evaluate(() => document.activeElement?.closest("dialog")?.open === true);
      assert.equal(await focusInDialog(), true, "focus moves into the open dialog");
      await app.click(button("Keep this partner", dialog));
      assert.equal(await app.count(dialog), 0);
      await app.find(heading("Casa Latina"));

      await app.click(button("Delete partner"));
      await app.click(button("Delete it and its records", dialog));
      await app.find(heading("Partners"));
      await expectStatus(app, "Removed Casa Latina");
      assert.equal(await app.count(link("Casa Latina")), 0);
      await app.click(button("Undo"));
      await app.find(link("Casa Latina"));
      await expectStored(app, "Casa Latina");
      await app.reload();
      await app.find(link("Casa Latina"));
    },
  },
  {
    name: "markup typed as a name is shown as text, never run",
    async run(app) {
      const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
      await app.open();
      await addPartner(app, hostile);
      await app.click(link(hostile));
      await app.find({ role: "heading", name: hostile });
      await app.reload();
      await app.find({ role: "heading", name: hostile });
      const injected = await app.evaluate(() => ({
        pwned: window.__pwned ?? null,
        elements: document.querySelectorAll("main img, main script").length,
      }));
      assert.deepEqual(injected, { pwned: null, elements: 0 });
    },
  },
  {
    name: "at 360 px no screen scrolls sideways",
    async run(app) {
      await app.viewport(360, 740);
      await app.open();
      await addPartner(app, "Casa Latina, a workers' center with a long name");
      const sideways = () =>
        app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const width = await app.evaluate(() => document.documentElement.clientWidth);
      assert.ok(width <= 360, `the page is ${width} px wide, not 360`);
      for (const hash of ["#/", "#/partners", "#/coalitions", "#/data", "#/guide"]) {
        await app.open(hash);
        assert.equal(await sideways(), 0, `${hash} scrolls sideways`);
      }
      await app.click(link("Partners", main));
      await app.click(link("Casa Latina, a workers' center with a long name"));
      for (const step of ["Research", "First contact", "Meeting", "Log"]) {
        await app.click(link(step, steps));
        await app.find({ role: "heading", name: step, exact: false });
        assert.equal(await sideways(), 0, `the ${step} step scrolls sideways`);
      }
    },
  },
];

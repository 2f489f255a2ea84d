// App benchmark in headless Chromium against the release build in dist/. Reports
// what a user downloads (raw, gzip, brotli), startup at 1 and at 1,000 partners
// (reload to the list's first rows and to all of them, longest main-thread task), keystroke latency in a
// first-contact Message field at both sizes (Event Timing and handler time),
// and at 1,000 partners with 10,000 log entries: the cost of saving one edit,
// the stored size against the local storage quota, the dashboard, a partner's
// Log, and merging another device's file. Figures at both sizes sit side by side with their
// ratio, which stays meaningful when a loaded machine skews absolute times.
// Run with `make bench` (it builds dist/ first).
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
import { appBrotli, sizeTable } from "./download-size.mjs";

const DIST = "dist";
const SMALL = 1;
const LARGE = 1_000;
const LOG_ENTRIES_PER_PARTNER = 10;
const EDITS = 30;
const RELOADS = 7;
const KEYSTROKES = 300;
const DRAFT_WORDS = 180;
const EVENT_THRESHOLD_MS = 16;
const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}/`;
const QUOTA_CODE_UNITS = 5_242_880;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];
const max = (values) => Math.max(...values);
const ms = (value) => `${value.toFixed(2)} ms`;
const grouped = (value) => value.toLocaleString("en");
const ratio = (large, small) => `${(large / small).toFixed(1)}x`;

function uuid(n, kind) {
  const hex = n.toString(16).padStart(12, "0");
  return `${kind.toString(16).padStart(8, "0")}-0000-4000-8000-${hex}`;
}

/** The date `days` from today, as stored. */
function soon(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The link text of partner `p`; the list is shown once the last one's link is. */
const partnerName = (p) => `Neighborhood Organization ${p}`;

/** One partner with realistic text: 10 log entries, an event and a commitment. */
function partner(p, at) {
  const log = [];
  for (let l = 0; l < LOG_ENTRIES_PER_PARTNER; l += 1) {
    log.push({
      id: uuid(p * LOG_ENTRIES_PER_PARTNER + l, 2),
      created_at: at,
      updated_at: at,
      date: "2026-10-15",
      kind: "we_attended_their_event",
      summary: `Eight of us joined their rally at City Hall; they asked for help with flyers (${l}).`,
      people: "Ana, Lee",
      we_made_an_ask: l % 3 === 0,
    });
  }
  return {
    id: uuid(p, 1),
    created_at: at,
    updated_at: at,
    stage: "ongoing_partnership",
    organization: {
      name: partnerName(p),
      focus_areas: ["immigrant_rights", "economic_justice"],
      other_focus_areas: "",
      scope: "local",
      affiliation: "",
      website: `https://org${p}.example.org`,
      address: `${p} Main Street, Springfield`,
      community_served: "Tenants and workers on the east side",
      tax_status: "501c3",
    },
    events: [
      {
        id: uuid(p, 3),
        created_at: at,
        updated_at: at,
        date: soon(p % 30),
        title: `Assembly ${p}`,
        place: "Their hall",
      },
    ],
    commitments: [
      {
        id: uuid(p, 4),
        created_at: at,
        updated_at: at,
        owner: p % 2 ? "us" : "them",
        what: "Share their volunteer form with our members",
        due_on: soon((p % 20) - 10),
        status: "open",
      },
    ],
    research: {
      mission: "Tenants organize for safe, affordable homes and a voice in the city's plans.",
      how_they_work: "Building committees, a hotline, and monthly assemblies.",
      theory_of_change: "Organized tenants who act together change landlord and city behavior.",
      current_issues: "Rent stabilization ordinance",
      tactics: "Testimony, rent strikes, know-your-rights trainings",
    },
    log,
  };
}

/** An export file of `count` partners, as the app's Import data expects. */
function workspaceExport(count) {
  const at = "2026-11-01T09:00:00Z";
  const partners = Array.from({ length: count }, (_, p) => partner(p, at));
  return JSON.stringify({
    format: "common-ground-export",
    schema_version: 2,
    app_version: "bench",
    exported_at: at,
    workspace: { partners },
  });
}

/** The same partners exported by another device, where each got one lesson more and a later change. */
function otherDeviceExport(file) {
  const other = JSON.parse(file);
  const at = "2026-11-20T09:00:00Z";
  for (const [p, partner] of other.workspace.partners.entries()) {
    partner.updated_at = at;
    partner.lessons = [
      {
        id: uuid(p, 9),
        created_at: at,
        updated_at: at,
        date: "2026-11-20",
        lesson: "Ask before we bring our own agenda.",
        what_we_will_change: "Send questions a week ahead.",
      },
    ];
  }
  return JSON.stringify(other);
}

/** Replaces the stored workspace with `file` through the app's own import. */
async function importWorkspace(page, file) {
  await page.goto(`${BASE}#/data`);
  await page.getByLabel("Import data").setInputFiles({
    name: "bench.json",
    mimeType: "application/json",
    buffer: Buffer.from(file),
  });
  await page.getByRole("button", { name: "Replace my data" }).click();
  // Replace asks first.
  await page.getByRole("dialog", { name: "Replace your data?" }).getByRole("button", { name: "Replace everything" }).click();
  await page.getByText("Imported.").waitFor();
}

/** UTF-16 code units in local storage, the unit Chromium's quota counts. */
function storedUnits(page) {
  return page.evaluate(() => {
    let units = 0;
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      units += key.length + localStorage.getItem(key).length;
    }
    return units;
  });
}

/**
 * Records, from the start of every document and before the app's scripts
 * run, long tasks and when the partner list first shows rows (a screenful:
 * what the user sees) and when all of its rows are in the page.
 */
function observeStartup() {
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries())).observe({ type: "longtask" });
  window.__list = { expected: Number(sessionStorage.getItem("bench:rows")) };
  new MutationObserver(() => {
    const list = document.querySelector(".partner-list");
    const rows = list ? list.querySelectorAll(":scope > li").length : 0;
    if (rows > 0) window.__list.first ??= performance.now();
    if (rows > 0 && rows >= window.__list.expected) window.__list.all ??= performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Reloads the partner list: time to its first rows shown and to all rows in
 * the page, the longest task before each, and the app's load mark.
 */
async function startup(page, partners) {
  const runs = [];
  await page.goto(`${BASE}#/partners`);
  await page.evaluate((rows) => sessionStorage.setItem("bench:rows", String(rows)), partners);
  for (let i = 0; i < RELOADS; i += 1) {
    // A full reload: a new document, so storage is read again from scratch.
    await page.reload();
    await page.getByRole("link", { name: partnerName(partners - 1), exact: true }).waitFor({ state: "attached" });
    runs.push(
      await page.evaluate(async () => {
        // Long task entries arrive after their task ends; give the last one a moment.
        await new Promise((resolve) => setTimeout(resolve, 100));
        const { first, all } = window.__list;
        const before = (time) => window.__longTasks.filter((task) => task.startTime < time);
        const longest = (tasks) => Math.max(0, ...tasks.map((task) => task.duration));
        return {
          listed: first,
          all,
          longest: longest(before(first)),
          longTasks: before(first).length,
          longestAll: longest(before(all)),
          load: performance.getEntriesByName("common-ground:load")[0]?.duration ?? NaN,
        };
      }),
    );
  }
  const of = (key) => runs.map((run) => run[key]);
  return {
    listed: of("listed"),
    all: of("all"),
    longest: of("longest"),
    longestAll: of("longestAll"),
    longTasks: of("longTasks"),
    loads: of("load"),
  };
}

/** Opens the dashboard from the partner list by its link, and from a reload. */
async function dashboard(page, partners) {
  const opens = [];
  const reloads = [];
  for (let i = 0; i < RELOADS; i += 1) {
    await page.goto(`${BASE}#/partners`);
    await page.getByRole("link", { name: partnerName(partners - 1), exact: true }).waitFor({ state: "attached" });
    opens.push(
      await page.evaluate(async () => {
        const start = performance.now();
        location.hash = "#/";
        await new Promise((resolve) => {
          const check = () =>
            document.querySelector("#next-actions-heading") ? resolve() : requestAnimationFrame(check);
          check();
        });
        return performance.now() - start;
      }),
    );
    await page.reload();
    await page.getByRole("heading", { name: "Next actions" }).waitFor();
    reloads.push(await page.evaluate(() => performance.now()));
  }
  return { opens, reloads };
}

/**
 * Opens one partner's Log step from its Research step and from a reload, to
 * its timeline shown, and opens an entry of it for editing.
 */
async function logPage(page, partnerId) {
  const opens = [];
  const reloads = [];
  const edits = [];
  for (let i = 0; i < RELOADS; i += 1) {
    await page.goto(`${BASE}#/partners/${partnerId}/research`);
    await page.getByRole("heading", { name: "Research", exact: true }).waitFor();
    opens.push(
      await page.evaluate(async () => {
        const start = performance.now();
        location.hash = location.hash.replace("/research", "/log");
        await new Promise((resolve) => {
          const check = () => (document.querySelector(".timeline > li") ? resolve() : requestAnimationFrame(check));
          check();
        });
        return performance.now() - start;
      }),
    );
    await page.reload();
    await page.locator(".timeline > li").first().waitFor();
    reloads.push(await page.evaluate(() => performance.now()));
    edits.push(
      await page.evaluate(async () => {
        const start = performance.now();
        document.querySelector(".timeline .link-button").click();
        await new Promise((resolve) => {
          const check = () => (document.querySelector(".timeline-entry.open fieldset") ? resolve() : requestAnimationFrame(check));
          check();
        });
        return performance.now() - start;
      }),
    );
  }
  return { opens, reloads, edits };
}

/** Main-thread cost of saving one stage change, from the app's own performance marks. */
async function saves(page, partnerId) {
  await page.goto(`${BASE}#/partners/${partnerId}`);
  const stage = page.getByRole("combobox", { name: "Stage" });
  await stage.waitFor();
  for (let i = 0; i < EDITS; i += 1) {
    await stage.selectOption(i % 2 === 0 ? "met" : "ongoing_partnership");
    await page.evaluate(() => window.dispatchEvent(new Event("pagehide")));
  }
  return page.evaluate(() => performance.getEntriesByName("common-ground:save").map((entry) => entry.duration));
}

/** Starts a first-contact draft for `partnerId` and fills its Message with 180 words. */
async function messageField(page, partnerId) {
  await page.goto(`${BASE}#/partners/${partnerId}/contact`);
  await page.getByRole("button", { name: "Start a draft" }).click();
  const field = page.getByRole("textbox", { name: "Message", exact: true });
  const template = await field.inputValue();
  const sentences = " We would love to hear what matters most to your members and how the work is going.";
  let draft = template;
  while (draft.split(/\s+/).length < DRAFT_WORDS) draft += sentences;
  await field.fill(draft.split(/\s+/).slice(0, DRAFT_WORDS).join(" "));
  await field.focus();
  await page.keyboard.press("ControlOrMeta+End");
}

/** Starts watching keystrokes: handler time (input event, capture to bubble) and Event Timing entries. */
function watchKeystrokes(durationThreshold) {
  window.__handlers = [];
  window.__events = [];
  window.__watchedFrom = performance.now();
  window.__watching = new AbortController();
  const { signal } = window.__watching;
  let start = 0;
  window.addEventListener("input", () => { start = performance.now(); }, { capture: true, signal });
  window.addEventListener("input", () => { window.__handlers.push(performance.now() - start); }, { signal });
  window.__eventObserver = new PerformanceObserver((list) => window.__events.push(...list.getEntries()));
  window.__eventObserver.observe({ type: "event", durationThreshold });
}

/** Stops watching; each interaction's input-to-next-paint is the longest of its events (keydown, keyup, ...). */
async function keystrokesWatched() {
  // Event Timing entries arrive after the frame that follows each event is presented.
  await new Promise((resolve) => setTimeout(resolve, 500));
  window.__events.push(...window.__eventObserver.takeRecords());
  window.__eventObserver.disconnect();
  window.__watching.abort();
  const interactions = new Map();
  for (const entry of window.__events) {
    // Entries come after the next paint, so earlier keys (Ctrl+End) can still arrive; interactionId 0 is no keystroke.
    if (entry.interactionId === 0 || entry.startTime < window.__watchedFrom) continue;
    interactions.set(entry.interactionId, Math.max(interactions.get(entry.interactionId) ?? 0, entry.duration));
  }
  return { handlers: window.__handlers, paints: [...interactions.values()] };
}

/** Types 300 characters into the focused field and summarises handler times and input-to-next-paint. */
async function typeWatched(page) {
  await page.evaluate(watchKeystrokes, EVENT_THRESHOLD_MS);
  await page.keyboard.type(" We would love to hear what matters most to your members. ".repeat(6).slice(0, KEYSTROKES));
  const { handlers, paints } = await page.evaluate(keystrokesWatched);
  // Keystrokes without a reported entry took under 16 ms; they count as 0 so the p95 says whether it reached 16 ms.
  const nextPaints = [...paints, ...Array(Math.max(0, KEYSTROKES - paints.length)).fill(0)];
  const nextPaintP95 = p95(nextPaints);
  return { handlers, reported: paints.length, nextPaintP95: nextPaintP95 >= EVENT_THRESHOLD_MS ? nextPaintP95 : null };
}

/** Types at the end of a 180-word first-contact Message; the partner's humility check re-runs on each keystroke. */
async function keystrokes(page, partnerId) {
  await messageField(page, partnerId);
  return typeWatched(page);
}

/** Types into a bare <input> added to the current page: the next-paint floor this browser gives any keystroke. */
async function frameFloor(page) {
  await page.evaluate(() => {
    const input = document.createElement("input");
    input.id = "bench-bare-input";
    document.body.prepend(input);
  });
  await page.focus("#bench-bare-input");
  return typeWatched(page);
}

/** The longest main-thread task since `since` (a `performance.now()` time), once its entry has arrived. */
async function longestTaskSince(page, since) {
  return page.evaluate(async (from) => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    return Math.max(0, ...window.__longTasks.filter((task) => task.startTime >= from).map((task) => task.duration));
  }, since);
}

/** Time from choosing another device's file to its merge preview, and from Merge to saved, with the longest task of each. */
async function merge(page, file) {
  await page.goto(`${BASE}#/data`);
  // The file reaches the page first, so that handing 4 MB to the page (one long task of the
  // test harness, not of the app) stays out of the figures; then it is chosen as a user would.
  await page.evaluate((text) => {
    window.__benchFile = new File([text], "other-device.json", { type: "application/json" });
  }, file);
  const previewFrom = await page.evaluate(() => performance.now());
  const previewStart = Date.now();
  await page.evaluate(() => {
    const input = document.getElementById("import-file");
    const chosen = new DataTransfer();
    chosen.items.add(window.__benchFile);
    input.files = chosen.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await page.getByRole("button", { name: "Merge with my data" }).waitFor();
  const preview = Date.now() - previewStart;
  const previewLongest = await longestTaskSince(page, previewFrom);
  const applyFrom = await page.evaluate(() => performance.now());
  const mergeStart = Date.now();
  await page.getByRole("button", { name: "Merge with my data" }).click();
  await page.getByText("Imported.").waitFor();
  const applied = Date.now() - mergeStart;
  return { preview, previewLongest, applied, appliedLongest: await longestTaskSince(page, applyFrom) };
}

/** Startup and keystrokes at 1 partner, what the 1,000-partner figures are divided by, and the frame floor. */
async function atOnePartner(page) {
  await importWorkspace(page, workspaceExport(SMALL));
  return { start: await startup(page, SMALL), keys: await keystrokes(page, uuid(0, 1)), floor: await frameFloor(page) };
}

/** Everything at 1,000 partners: storage, startup, dashboard, saving, typing and merging. */
async function atScale(page) {
  const file = workspaceExport(LARGE);
  await importWorkspace(page, file);
  return {
    fileSize: file.length,
    stored: await storedUnits(page),
    start: await startup(page, LARGE),
    dashboard: await dashboard(page, LARGE),
    log: await logPage(page, uuid(300, 1)),
    saves: await saves(page, uuid(500, 1)),
    keys: await keystrokes(page, uuid(700, 1)),
    merge: await merge(page, otherDeviceExport(file)),
  };
}

/** Prints the size table and the two totals the size budget is stated in. */
function printSizes(files) {
  const total = (key) => files.reduce((sum, file) => sum + file[key], 0);
  const width = Math.max(...files.map((file) => file.name.length), 5);
  const row = (name, raw, gzip, brotli) =>
    `  ${name.padEnd(width)}  ${raw.padStart(11)}  ${gzip.padStart(11)}  ${brotli.padStart(11)}`;
  console.log(`Download size of ${DIST}/ (bytes)`);
  console.log(row("file", "raw", "gzip -9", "brotli 11"));
  for (const file of files) console.log(row(file.name, grouped(file.raw), grouped(file.gzip), grouped(file.brotli)));
  console.log(row("total", grouped(total("raw")), grouped(total("gzip")), grouped(total("brotli"))));
  const app = appBrotli(files);
  console.log(`  wasm + js + css + html, brotli: ${grouped(app)} bytes (${(app / 1024).toFixed(1)} KiB)`);
}

/** One line of the side-by-side table: a label, the figure at 1 and at 1,000 partners, their ratio. */
const row = (label, small, large, ratioText) =>
  `  ${label.padEnd(44)} ${small.padStart(16)} ${large.padStart(16)} ${ratioText.padStart(8)}`.trimEnd();

/** Prints one figure at both sizes and, for times, the 1,000-against-1 ratio. */
function printPair(label, small, large, { format = ms, withRatio = true } = {}) {
  const both = withRatio && typeof small === "number" && typeof large === "number" && small > 0;
  console.log(row(label, format(small), format(large), both ? ratio(large, small) : ""));
}

/** Prints startup and keystrokes side by side, then what is measured at 1,000 partners only. */
function printApp(small, large) {
  const longest = (value) => (value > 0 ? ms(value) : "none over 50 ms");
  const nextPaint = (value) => (value === null ? `under ${EVENT_THRESHOLD_MS} ms` : ms(value));
  const reported = (count) => `${count} of ${KEYSTROKES}`;
  console.log(`\nAt 1 and at ${grouped(LARGE)} partners (ratio: the second over the first)`);
  console.log(row("", `${SMALL} partner`, `${grouped(LARGE)} partners`, "ratio"));
  console.log(`Startup, median of ${RELOADS} reloads`);
  printPair("reload to partner list shown (first rows)", median(small.start.listed), median(large.start.listed));
  printPair("  max over reloads", max(small.start.listed), max(large.start.listed));
  printPair("longest main-thread task before it", median(small.start.longest), median(large.start.longest), {
    format: longest,
  });
  printPair("  max over reloads", max(small.start.longest), max(large.start.longest), { format: longest });
  printPair("tasks over 50 ms before it", median(small.start.longTasks), median(large.start.longTasks), {
    format: String,
    withRatio: false,
  });
  printPair("reload to every row in the page", median(small.start.all), median(large.start.all));
  printPair("  longest task before it", median(small.start.longestAll), median(large.start.longestAll), {
    format: longest,
  });
  printPair("    max over reloads", max(small.start.longestAll), max(large.start.longestAll), { format: longest });
  printPair("load workspace from storage (app's mark)", median(small.start.loads), median(large.start.loads));
  printPair("  max over reloads", max(small.start.loads), max(large.start.loads));
  console.log(`Keystrokes: ${KEYSTROKES} typed at the end of a ${DRAFT_WORDS}-word first-contact Message`);
  printPair("input to next paint p95 (Event Timing)", small.keys.nextPaintP95, large.keys.nextPaintP95, {
    format: nextPaint,
  });
  printPair(`  keystrokes reported (>= ${EVENT_THRESHOLD_MS} ms)`, small.keys.reported, large.keys.reported, {
    format: reported,
    withRatio: false,
  });
  console.log(
    `    a bare <input> on the page (frame floor): p95 ${nextPaint(small.floor.nextPaintP95)}, ` +
      `${reported(small.floor.reported)} reported`,
  );
  printPair("handler, capture to bubble: median", median(small.keys.handlers), median(large.keys.handlers));
  printPair("  p95", p95(small.keys.handlers), p95(large.keys.handlers));
  printPair("  max", max(small.keys.handlers), max(large.keys.handlers));

  console.log(`At ${grouped(LARGE)} partners, ${grouped(LARGE * LOG_ENTRIES_PER_PARTNER)} log entries`);
  console.log(`  export file size:            ${(large.fileSize / 1_048_576).toFixed(2)} MiB`);
  console.log(
    `  stored size:                 ${grouped(large.stored)} UTF-16 code units, ` +
      `${((large.stored * 100) / QUOTA_CODE_UNITS).toFixed(1)}% of ${grouped(QUOTA_CODE_UNITS)}`,
  );
  console.log(
    `  save one edit (main thread): median ${ms(median(large.saves))}, max ${ms(max(large.saves))} ` +
      `over ${large.saves.length} saves`,
  );
  console.log(
    `  dashboard: open from the list median ${ms(median(large.dashboard.opens))}, ` +
      `max ${ms(max(large.dashboard.opens))}; ` +
      `reload to shown median ${ms(median(large.dashboard.reloads))}`,
  );
  console.log(
    `  a partner's Log (timeline of ${LOG_ENTRIES_PER_PARTNER} interactions and a commitment): ` +
      `open from its Research step median ${ms(median(large.log.opens))}, ` +
      `reload to shown median ${ms(median(large.log.reloads))}, ` +
      `open an entry to edit median ${ms(median(large.log.edits))}`,
  );
  console.log(
    `  merge another device's file (${grouped(LARGE)} changed partners, a lesson each): ` +
      `file chosen to preview shown ${ms(large.merge.preview)} (longest task ${ms(large.merge.previewLongest)}), ` +
      `merge and save ${ms(large.merge.applied)} (longest task ${ms(large.merge.appliedLongest)})`,
  );
}

async function main() {
  const files = sizeTable(DIST);
  const server = spawn("node", ["scripts/serve.mjs", "--dir", DIST, "--port", String(PORT)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve) => server.stdout.once("data", resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage();
    await page.addInitScript(observeStartup);
    const small = await atOnePartner(page);
    const large = await atScale(page);
    printSizes(files);
    printApp(small, large);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

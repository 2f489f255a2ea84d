// App benchmark: 1,000 partners with 10,000 log entries in headless Chromium
// against the release build in dist/. Reports the main-thread cost of saving
// one edit, the load time, the stored size against Chromium's local storage
// quota, and the main-thread time per keystroke in a first-contact Message
// field, the dashboard, and merging another device's file. Run with
// `make bench` (it builds dist/ first).
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";

const PARTNERS = 1_000;
const LOG_ENTRIES_PER_PARTNER = 10;
const EDITS = 30;
const RELOADS = 7;
const KEYSTROKES = 300;
const DRAFT_WORDS = 180;
const PORT = 4190;
const QUOTA_CODE_UNITS = 5_242_880;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const max = (values) => Math.max(...values);
const ms = (value) => `${value.toFixed(2)} ms`;

function uuid(n, kind) {
  const hex = n.toString(16).padStart(12, "0");
  return `${kind.toString(16).padStart(8, "0")}-0000-4000-8000-${hex}`;
}

/** The date `days` from today, as stored. */
function soon(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** An export file with realistic text in every partner and log entry. */
function workspaceExport() {
  const at = "2026-11-01T09:00:00Z";
  const partners = [];
  for (let p = 0; p < PARTNERS; p += 1) {
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
    partners.push({
      id: uuid(p, 1),
      created_at: at,
      updated_at: at,
      stage: "ongoing_partnership",
      organization: {
        name: `Neighborhood Organization ${p}`,
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
        { id: uuid(p, 3), created_at: at, updated_at: at, date: soon(p % 30), title: `Assembly ${p}`, place: "Their hall" },
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
    });
  }
  return JSON.stringify({
    format: "common-ground-export",
    schema_version: 2,
    app_version: "bench",
    exported_at: at,
    workspace: { partners },
  });
}

async function main() {
  const server = spawn("node", ["scripts/serve.mjs", "--dir", "dist", "--port", String(PORT)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve) => server.stdout.once("data", resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage();
    const base = `http://127.0.0.1:${PORT}/`;
    await page.goto(`${base}#/data`);
    const file = workspaceExport();
    await page.getByLabel("Import data").setInputFiles({
      name: "bench.json",
      mimeType: "application/json",
      buffer: Buffer.from(file),
    });
    await page.getByRole("button", { name: "Replace my data" }).click();
    await page.getByText("Imported.").waitFor();

    const stored = await page.evaluate(() => {
      let units = 0;
      for (let i = 0; i < localStorage.length; i += 1) {
        const key = localStorage.key(i);
        units += key.length + localStorage.getItem(key).length;
      }
      return units;
    });

    const loads = [];
    const starts = [];
    await page.goto(`${base}#/partners`);
    for (let i = 0; i < RELOADS; i += 1) {
      // A full reload: a new document, so storage is read again from scratch.
      await page.reload();
      await page.getByRole("link", { name: "Neighborhood Organization 999", exact: true }).waitFor();
      const timing = await page.evaluate(() => ({
        load: performance.getEntriesByName("common-ground:load")[0]?.duration ?? NaN,
        listed: performance.now(),
      }));
      loads.push(timing.load);
      starts.push(timing.listed);
    }

    // The dashboard: from the partner list by its link, and from a reload.
    const dashboardOpens = [];
    const dashboardLoads = [];
    for (let i = 0; i < RELOADS; i += 1) {
      await page.goto(`${base}#/partners`);
      await page.getByRole("link", { name: "Neighborhood Organization 999", exact: true }).waitFor();
      dashboardOpens.push(
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
      dashboardLoads.push(await page.evaluate(() => performance.now()));
    }

    await page.goto(`${base}#/partners/${uuid(500, 1)}`);
    const stage = page.getByRole("combobox", { name: "Stage" });
    await stage.waitFor();
    for (let i = 0; i < EDITS; i += 1) {
      await stage.selectOption(i % 2 === 0 ? "met" : "ongoing_partnership");
      await page.evaluate(() => window.dispatchEvent(new Event("pagehide")));
    }
    const saves = await page.evaluate(() =>
      performance.getEntriesByName("common-ground:save").map((entry) => entry.duration),
    );

    // Keystrokes: time from the input event reaching the window (capture) to
    // leaving it (bubble), which spans the app's handler and the reactive
    // updates it runs; the partner's humility check re-runs on each one.
    await page.goto(`${base}#/partners/${uuid(700, 1)}/contact`);
    await page.getByRole("button", { name: "Start a draft" }).click();
    const field = page.getByRole("textbox", { name: "Message", exact: true });
    // A 180-word draft (the template and a few more sentences), then typing.
    const template = await field.inputValue();
    const sentences = " We would love to hear what matters most to your members and how the work is going.";
    let draft = template;
    while (draft.split(/\s+/).length < DRAFT_WORDS) draft += sentences;
    await field.fill(draft.split(/\s+/).slice(0, DRAFT_WORDS).join(" "));
    await page.evaluate(() => {
      window.__keystrokes = [];
      let start = 0;
      window.addEventListener("input", () => { start = performance.now(); }, { capture: true });
      window.addEventListener("input", () => { window.__keystrokes.push(performance.now() - start); });
    });
    await field.focus();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(" We would love to hear what matters most to your members. ".repeat(6).slice(0, KEYSTROKES));
    const keystrokes = await page.evaluate(() => window.__keystrokes);
    const p95 = [...keystrokes].sort((a, b) => a - b)[Math.floor(keystrokes.length * 0.95)];

    // Merge: the same partners exported by another device, where each got one
    // lesson more and a later change; the preview lists 1,000 changed partners.
    const otherDevice = JSON.parse(file);
    for (const [p, partner] of otherDevice.workspace.partners.entries()) {
      partner.updated_at = "2026-11-20T09:00:00Z";
      partner.lessons = [
        {
          id: uuid(p, 9),
          created_at: "2026-11-20T09:00:00Z",
          updated_at: "2026-11-20T09:00:00Z",
          date: "2026-11-20",
          lesson: "Ask before we bring our own agenda.",
          what_we_will_change: "Send questions a week ahead.",
        },
      ];
    }
    await page.goto(`${base}#/data`);
    const previewStart = Date.now();
    await page.getByLabel("Import data").setInputFiles({
      name: "other-device.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(otherDevice)),
    });
    await page.getByRole("button", { name: "Merge with my data" }).waitFor();
    const mergePreview = Date.now() - previewStart;
    const mergeStart = Date.now();
    await page.getByRole("button", { name: "Merge with my data" }).click();
    await page.getByText("Imported.").waitFor();
    const mergeApplied = Date.now() - mergeStart;

    console.log(`App benchmark: ${PARTNERS} partners, ${PARTNERS * LOG_ENTRIES_PER_PARTNER} log entries`);
    console.log(`  export file size:          ${(file.length / 1_048_576).toFixed(2)} MiB`);
    console.log(
      `  stored size:               ${stored.toLocaleString("en")} UTF-16 code units, ` +
        `${((stored * 100) / QUOTA_CODE_UNITS).toFixed(1)}% of ${QUOTA_CODE_UNITS.toLocaleString("en")}`,
    );
    console.log(`  save one edit (main thread): median ${ms(median(saves))}, max ${ms(max(saves))} over ${saves.length} saves`);
    console.log(`  load workspace from storage: median ${ms(median(loads))}, max ${ms(max(loads))} over ${RELOADS} loads`);
    console.log(
      `  keystroke in a ${DRAFT_WORDS}-word Message (main thread): median ${ms(median(keystrokes))}, p95 ${ms(p95)}, ` +
        `max ${ms(max(keystrokes))} over ${keystrokes.length} keystrokes`,
    );
    console.log(
      `  open the dashboard from the list: median ${ms(median(dashboardOpens))}, max ${ms(max(dashboardOpens))}; ` +
        `reload to dashboard shown: median ${ms(median(dashboardLoads))}`,
    );
    console.log(`  reload to 1,000 partners listed: median ${ms(median(starts))}, max ${ms(max(starts))}`);
    console.log(
      `  merge another device's file (1,000 changed partners, a lesson each): ` +
        `file chosen to preview shown ${ms(mergePreview)}, merge and save ${ms(mergeApplied)}`,
    );
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

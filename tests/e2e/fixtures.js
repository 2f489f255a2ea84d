// Shared test fixtures. Every test gets a page whose console errors, page
// errors and requests to any other origin fail the test when it ends.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readLocalStorage } from "../engines/page-functions.mjs";

/** The data format version this build writes (`SCHEMA_VERSION` in src/model/mod.rs). */
export const SCHEMA_VERSION = 4;

export const test = base.extend({
  /** Console errors a test provokes on purpose, as regular expressions. */
  expectedConsoleErrors: [[], { option: true }],

  page: async ({ page, baseURL, expectedConsoleErrors }, use) => {
    const appOrigin = new URL(baseURL).origin;
    const problems = [];
    const foreignRequests = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
      problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.context().on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol === "data:" || url.protocol === "blob:") return;
      if (url.origin !== appOrigin) foreignRequests.push(request.url());
    });

    await use(page);

    expect(problems, "the page logged no errors").toEqual([]);
    expect(foreignRequests, "no request left the app's origin").toEqual([]);
  },
});

export { expect };

/** Noon of the day this run started, local time: the page's "now" for specs that work with today's date. */
export const RUN_NOON = (() => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12, 0, 0);
})();

/**
 * Holds the page's clock at noon of the day the run started (timers still
 * run), so a spec that computes "today" agrees with the page even when the
 * run crosses midnight.
 */
export async function fixToday(page) {
  await page.clock.setFixedTime(RUN_NOON);
}

/** Opens the app at a hash route and waits until the app has rendered. */
export async function openApp(page, hash = "#/") {
  await page.goto(`./${hash}`);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

/** Fails with the list of axe-core violations (WCAG 2.2 A and AA) on the page. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`,
  );
  expect(summary).toEqual([]);
}

/**
 * Every key and value in the page's local storage, as the app reads them:
 * partners and coalitions are stored packed (src/store/packing.rs: a JSON
 * string of U+E000 then 15 bits of UTF-8 per character from U+4000), so they
 * are unpacked to their JSON text; every other value is returned as stored.
 */
export async function readStorage(page) {
  return page.evaluate(readLocalStorage);
}

/** Adds a partner through the Partners page and waits until it is listed. */
export async function addPartner(page, name) {
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Partners", exact: true }).click();
  await page.getByRole("textbox", { name: "Organization name" }).fill(name);
  await page.getByRole("button", { name: "Add partner" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added ${name}.` })).toBeVisible();
}

/** Waits until local storage holds a partner record whose text contains `text`. */
export async function waitForStoredPartner(page, text) {
  await expect
    .poll(async () =>
      Object.entries(await readStorage(page)).some(
        ([key, value]) => key.includes(":partner:") && value.includes(text),
      ),
    )
    .toBe(true);
}

/** Clicks `trigger` and returns the text of the file it downloads. */
export async function downloadText(page, trigger) {
  const [download] = await Promise.all([page.waitForEvent("download"), trigger.click()]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

/** Presses Tab until `target` has focus, proving it is reachable by keyboard. */
export async function tabTo(page, target, maxPresses = 120) {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with ${maxPresses} presses of Tab`);
}

/** Today's date in the browser's time zone, as an input of type date shows it. */
export async function browserToday(page) {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

/** Chooses `text` as the file to import on the Data page. */
export async function chooseImportFile(page, name, contents) {
  await page.getByLabel("Import data").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents, "utf8"),
  });
}

/** An export file holding `workspace`, as the app writes one, to import in a test. */
export function exportFile(workspace, exportedAt = "2026-11-02T12:00:00Z") {
  return JSON.stringify({
    format: "common-ground-export",
    schema_version: SCHEMA_VERSION,
    app_version: "test",
    exported_at: exportedAt,
    workspace,
  });
}

/** Imports `text` on the Data page, replacing the current data once the app has asked. */
export async function importReplacing(page, text) {
  await chooseImportFile(page, "backup.json", text);
  await page.getByRole("button", { name: "Replace my data" }).click();
  await page.getByRole("dialog", { name: "Replace your data?" }).getByRole("button", { name: "Replace everything" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Imported." })).toBeVisible();
}

/** Clicks `trigger` with the print dialog replaced by a stub, and says whether it asked to print. */
export async function clickToPrint(page, trigger) {
  await page.evaluate(() => {
    window.print = () => {
      window.__printed = true;
    };
  });
  await trigger.click();
  return page.evaluate(() => window.__printed === true);
}

/** A second device: its own browser context (own storage), the same screen size, and the same error checks as `page`. */
export async function openSecondDevice(browser, { baseURL, viewport, hasTouch, isMobile }) {
  const context = await browser.newContext({ baseURL, viewport, hasTouch, isMobile });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  const close = async () => {
    await context.close();
    expect(problems, "the second device logged no errors").toEqual([]);
  };
  return { page, close };
}

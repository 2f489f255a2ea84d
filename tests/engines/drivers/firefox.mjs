// The Firefox driver: Debian's firefox-esr, driven over WebDriver BiDi by
// puppeteer-core (no browser download). Each scenario gets its own browser
// context, so no storage is shared between scenarios.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { countPdfPages } from "../pdf.mjs";
import { waitFor } from "../wait.mjs";

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

/** Starts headless Firefox; `close()` ends it and removes its download folder. */
export async function startFirefox() {
  const downloads = mkdtempSync(join(tmpdir(), "common-ground-firefox-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // Save every download into `downloads`, without asking.
      "browser.download.folderList": 2,
      "browser.download.dir": downloads,
      "browser.download.useDownloadDir": true,
      "browser.download.always_ask_before_handling_new_types": false,
      "browser.download.start_downloads_in_tmp_dir": false,
    },
  });
  return {
    newDriver: () => firefoxDriver(browser, downloads),
    close: async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** A driver for a new page in a new browser context of `browser`. */
async function firefoxDriver(browser, downloads) {
  const context = await browser.createBrowserContext();
  const upload = mkdtempSync(join(tmpdir(), "common-ground-upload-"));
  const driver = await pageDriver(context, downloads, upload);
  return {
    ...driver,
    close: async () => {
      await context.close();
      rmSync(upload, { recursive: true, force: true });
    },
  };
}

/** A driver for a new page of `context`, which records its own problems. */
async function pageDriver(context, downloads, upload) {
  const page = await context.newPage();
  const problems = [];
  let origin = null;
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (origin && !["data:", "blob:"].includes(url.protocol) && url.origin !== origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });

  return {
    name: "firefox",
    goto: async (url) => {
      origin = new URL(url).origin;
      await page.goto(url);
    },
    reload: () => page.reload(),
    evaluate: (source) => page.evaluate(source),
    click: (selector) => page.click(selector),
    type: async (selector, text) => {
      await page.$eval(selector, (control) => {
        control.value = "";
      });
      await page.type(selector, text);
    },
    upload: async (selector, name, contents) => {
      const path = join(upload, name);
      writeFileSync(path, contents);
      const input = await page.$(selector);
      await input.uploadFile(path);
    },
    download: async (selector) => {
      const before = new Set(readdirSync(downloads));
      await page.click(selector);
      // One new file, and no download still being written (name.part).
      const savedFile = () => {
        const names = readdirSync(downloads);
        const saved = names.filter((name) => !before.has(name) && !name.endsWith(".part"));
        return saved.length === 1 && !names.some((name) => name.endsWith(".part")) && saved[0];
      };
      const name = await waitFor(`a download in ${downloads}`, savedFile, 10_000);
      const path = join(downloads, name);
      const text = readFileSync(path, "utf8");
      rmSync(path);
      return { name, text };
    },
    viewport: (width, height) => page.setViewport({ width, height }),
    printedPages: async () => countPdfPages(await page.pdf({ format: "A4" })),
    newTab: () => pageDriver(context, downloads, upload),
    problems: () => problems,
    close: () => page.close(),
  };
}

// The Chromium driver for the shared scenarios: a Playwright page, whose
// console, errors and requests the Playwright fixtures already watch.
import { countPdfPages } from "../pdf.mjs";

/**
 * Drives one Playwright `page`. The fixtures watch the test's own page; a tab
 * opened by `newTab` records its console and page errors itself.
 */
export function playwrightDriver(page) {
  return {
    name: "chromium",
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    evaluate: (source) => page.evaluate(source),
    click: (selector) => page.click(selector),
    type: async (selector, text) => {
      await page.fill(selector, "");
      await page.type(selector, text);
    },
    upload: (selector, name, contents) =>
      page.setInputFiles(selector, { name, mimeType: "application/json", buffer: Buffer.from(contents, "utf8") }),
    download: async (selector) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
      const chunks = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk);
      return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
    },
    viewport: (width, height) => page.setViewportSize({ width, height }),
    printedPages: async () => countPdfPages(await page.pdf({ format: "A4" })),
    newTab: async () => {
      const tab = await page.context().newPage();
      const problems = [];
      tab.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      });
      tab.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      return { ...playwrightDriver(tab), problems: () => problems, close: () => tab.close() };
    },
    problems: () => [],
  };
}

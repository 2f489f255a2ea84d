// Takes the README's screenshots from the demo workspace: the dashboard and
// the four steps, at a desktop width, in headless Chromium against dist/.
// Run with `make screenshots` (it builds dist/ first).
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";

const PORT = 4192;
const BASE = `http://127.0.0.1:${PORT}/`;
const OUT = "docs/screenshots";

/**
 * Each screenshot: its file, the demo partner it shows (none: the dashboard),
 * the step, and the region brought to the top of the window.
 */
const SHOTS = [
  { file: "dashboard.png" },
  { file: "research.png", partner: "Casa Latina Workers' Center", step: "Research" },
  { file: "first-contact.png", partner: "Disability Justice Collective", step: "First contact", show: "Your draft" },
  { file: "meeting.png", partner: "Casa Latina Workers' Center", step: "Meeting", show: "Agenda" },
  { file: "log.png", partner: "Southside Food Justice Alliance", step: "Log", show: "Staying in touch" },
];

const server = spawn("node", ["scripts/serve.mjs", "--dir", "dist", "--port", String(PORT)], { stdio: ["ignore", "pipe", "inherit"] });
await new Promise((resolve) => server.stdout.once("data", resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`${BASE}#/demo`);
  await page.getByRole("heading", { name: "Next actions" }).waitFor();
  for (const { file, partner, step, show } of SHOTS) {
    const nav = page.getByRole("navigation", { name: "Main" });
    if (partner) {
      await nav.getByRole("link", { name: "Partners" }).click();
      await page.getByRole("link", { name: partner, exact: true }).click();
      await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: step }).click();
      await page.getByRole("heading", { level: 2, name: step }).first().waitFor();
    } else {
      await nav.getByRole("link", { name: "Dashboard" }).click();
      await page.getByRole("heading", { name: "Next actions" }).waitFor();
    }
    if (show) {
      await page.getByRole("heading", { name: show, exact: true }).first().evaluate((heading) => heading.scrollIntoView());
    }
    await page.screenshot({ path: `${OUT}/${file}` });
    console.log(`${OUT}/${file}`);
  }
} finally {
  await browser.close();
  server.kill();
}

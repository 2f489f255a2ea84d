// Installable and offline: a web app manifest with relative start and scope,
// and a Workbox service worker that precaches the build, so that after the
// first visit the app and its data open with no network, at the root and
// under a sub-path (both projects run this file).
import { spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, openApp, addPartner, waitForStoredPartner } from "./fixtures.js";

/** Waits until the service worker controls the page (it claims it on its first visit). */
async function controlledByServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test("after the first visit the app and its data open offline", async ({ page, context }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await waitForStoredPartner(page, "Casa Latina");
  await controlledByServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" }).click();
  await expect(page.getByRole("link", { name: "Casa Latina" })).toBeVisible();
  // A deep link opens offline too: every route is index.html.
  await page.goto("./#/data");
  await expect(page.getByRole("heading", { level: 1, name: "Data" })).toBeVisible();
  // So does the app's address with a query, as presenter mode's link has.
  await page.goto("./?presenter#/");
  await expect(page.getByRole("button", { name: "Presenter mode" })).toHaveAttribute("aria-pressed", "true");
  await context.setOffline(false);
});

test.describe("another page beside the app", () => {
  // The server's 404 for that page (and its icon) is logged by the browser.
  test.use({ expectedConsoleErrors: [/the server responded with a status of 404/] });

  test("is left to the server: the service worker answers only the app's own address", async ({ page }) => {
    await openApp(page);
    await controlledByServiceWorker(page);
    const response = await page.goto("./another-page.html");
    expect(response.status()).toBe(404);
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  });

  test("a folder beside the app is left to the server too, with or without a query", async ({ page }) => {
    await openApp(page);
    await controlledByServiceWorker(page);
    for (const folder of ["./another-folder/", "./another-folder/?presenter", "./another-folder/index.html"]) {
      const response = await page.goto(folder);
      expect(response.status(), folder).toBe(404);
      await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    }
    // The app's own address still opens from the worker.
    await page.goto("./?presenter");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  });
});

test("the manifest makes it installable wherever it is served", async ({ page, baseURL }) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifestUrl = new URL(href, page.url());
  const manifest = await (await page.request.get(manifestUrl.href)).json();
  expect(manifest).toMatchObject({ short_name: "Common Ground", start_url: "./", scope: "./", display: "standalone" });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  const icons = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
  expect(icons).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(response.headers()["content-type"]).toBe("image/png");
  }
  // start_url and scope resolve to where the app is served, root or sub-path.
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(baseURL);
});

// A deploy of its own, so that a new build can arrive during the test: a
// copy of dist/ served on the next free port, whose sw.js is then replaced.
const DEPLOY_PORT = Number(process.env.E2E_PORT ?? 4173) + 2;

test.describe("a new deploy", () => {
  test.use({ baseURL: `http://127.0.0.1:${DEPLOY_PORT}/` });
  let deploy;
  let server;

  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name !== "root") return;
    deploy = mkdtempSync(join(tmpdir(), "common-ground-deploy-"));
    cpSync("dist", deploy, { recursive: true });
    server = spawn("node", ["scripts/serve.mjs", "--dir", deploy, "--port", String(DEPLOY_PORT)], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise((resolve) => server.stdout.once("data", resolve));
  });

  test.afterAll(() => {
    server?.kill();
    if (deploy) rmSync(deploy, { recursive: true, force: true });
  });

  test("a new version waits for Reload, which saves what was typed first", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "root", "one deploy of its own is enough");
    await openApp(page);
    await controlledByServiceWorker(page);
    // The next build arrives: the same app, a service worker with other bytes.
    appendFileSync(join(deploy, "sw.js"), "\n// the next build\n");
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const notice = page.getByRole("complementary", { name: "New version" });
    await expect(notice.getByRole("status")).toHaveText("A new version of Common Ground is ready. Your work is saved first.");

    // Typed just before Reload, before the one-second autosave.
    await addPartner(page, "Typed before the reload");
    await notice.getByRole("button", { name: "Reload" }).click();
    await expect(notice).toHaveCount(0);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" }).click();
    await expect(page.getByRole("link", { name: "Typed before the reload" })).toBeVisible();
    // The new version runs the page now, and nothing waits.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting)).toBeNull();
  });
});

// The storage promises in the browser: nothing typed is lost, a full quota
// is shown and destroys nothing, unreadable data is set aside, and version 1
// data migrates. (A change made 200 ms before a reload is kept: a scenario
// of tests/engines/scenarios.mjs, run in every engine.)
import { readFileSync } from "node:fs";
import {
  test,
  expect,
  openApp,
  readStorage,
  addPartner,
  waitForStoredPartner,
  downloadText,
  expectNoAxeViolations,
  SCHEMA_VERSION,
} from "./fixtures.js";

const INDEX_KEY = "common-ground:own:index";

/** Fills local storage with `filler-N` keys until not one more character fits. */
async function fillStorageToQuota(page) {
  const fillers = await page.evaluate(() => {
    let chunk = "x".repeat(1 << 20);
    let count = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`filler-${count}`, chunk);
        count += 1;
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
    return count;
  });
  expect(fillers).toBeGreaterThan(0);
}

test("a change is stored within a second without leaving the page", async ({ page }) => {
  // The test moves the page's clock itself, so the timing is exact under any load.
  await page.clock.install();
  await openApp(page);
  await addPartner(page, "Tenants United");
  const stored = async () => JSON.stringify(await readStorage(page)).includes("Tenants United");
  expect(await stored()).toBe(false);
  await page.clock.runFor(1_000);
  expect(await stored()).toBe(true);
});

test("nothing is written before stored data has been read", async ({ page }) => {
  await openApp(page);
  expect(await readStorage(page)).toEqual({});
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Data" })).toBeVisible();
  expect(await readStorage(page)).toEqual({});
});

test("with storage full, an edit shows 'not saved' and stored data stays byte-identical", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Stored before");
  await waitForStoredPartner(page, "Stored before");
  await fillStorageToQuota(page);
  const before = await readStorage(page);

  await addPartner(page, "Added while full");
  const banner = page.getByRole("alert").filter({ hasText: "Not saved" });
  await expect(banner).toBeVisible();
  await page.waitForTimeout(1_500);
  expect(await readStorage(page)).toEqual(before);
  await expect(page.getByRole("link", { name: "Added while full" })).toBeVisible();

  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith("filler-")) localStorage.removeItem(key);
    }
  });
  await expect(banner).toBeHidden({ timeout: 10_000 });
  await waitForStoredPartner(page, "Added while full");
  await page.reload();
  await expect(page.getByRole("link", { name: "Added while full" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Stored before" })).toBeVisible();
});

test("corrupt stored data is set aside byte for byte and reported", async ({ page }) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await waitForStoredPartner(page, "Casa Latina");
  const corrupt = '{"schema_version":2,"partners":["oops <b>é</b>';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [INDEX_KEY, corrupt]);
  await page.reload();

  await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toBeVisible();
  const stored = await readStorage(page);
  const recoveryKey = Object.keys(stored).find((key) => key.includes(":recovery:") && key.endsWith("/index"));
  expect(stored[recoveryKey]).toBe(corrupt);
  expect(stored[INDEX_KEY]).toBeUndefined();

  await page.getByRole("link", { name: "Download it from the Data page" }).click();
  await expect(page.getByRole("heading", { name: "Data set aside" })).toBeVisible();
  const file = await downloadText(page, page.getByRole("button", { name: "Download index" }));
  expect(file.text).toBe(corrupt);
  await expectNoAxeViolations(page);

  // The app goes on working, and later saves never touch the copy.
  await addPartner(page, "After recovery");
  await waitForStoredPartner(page, "After recovery");
  expect((await readStorage(page))[recoveryKey]).toBe(corrupt);
});

test("with no room to set unreadable data aside, nothing is touched, nothing is saved, and it can be downloaded", async ({
  page,
}) => {
  await openApp(page);
  await addPartner(page, "Casa Latina");
  await waitForStoredPartner(page, "Casa Latina");
  const corrupt = "{not json at all";
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [INDEX_KEY, corrupt]);
  await fillStorageToQuota(page);
  const before = await readStorage(page);
  await page.reload();

  await expect(page.getByRole("alert").filter({ hasText: "no room to set it aside" })).toBeVisible();
  await addPartner(page, "Not saved over it");
  await page.evaluate(() => window.dispatchEvent(new Event("pagehide")));
  expect(await readStorage(page)).toEqual(before);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Data" }).click();
  const file = await downloadText(page, page.getByRole("button", { name: "Download stored data" }));
  const stored = JSON.parse(file.text);
  expect(stored[INDEX_KEY]).toBe(corrupt);
  expect(Object.keys(stored).some((key) => key.includes(":partner:"))).toBe(true);
  expect(Object.keys(stored).some((key) => key.startsWith("filler-"))).toBe(false);
});

test("data stored by version 1 is migrated and shown", async ({ page }) => {
  const stored = JSON.parse(readFileSync("tests/fixtures/storage-v1.json", "utf8"));
  await openApp(page);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, stored);
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" }).click();
  await expect(page.getByRole("link", { name: "Casa Latina" })).toBeVisible();
  await expect(page.getByRole("link", { name: "<b>Tenants</b> & Neighbors" })).toBeVisible();
  await expect
    .poll(async () => (await readStorage(page))[INDEX_KEY])
    .toContain(`"schema_version":${SCHEMA_VERSION}`);
  await page.reload();
  await expect(page.getByRole("link", { name: "Casa Latina" })).toBeVisible();
});

test("the Data page shows whether the browser keeps the data, and the usage", async ({ page }) => {
  await openApp(page, "#/data");
  await expect(page.getByText("After your first saved change")).toBeVisible();
  await addPartner(page, "Casa Latina");
  await waitForStoredPartner(page, "Casa Latina");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Data" }).click();
  await expect(
    page.getByText(/The browser (has agreed to keep|did not promise to keep|could not say)/),
  ).toBeVisible();
  await expect(page.getByText(/^Local storage holds \d{1,3}(,\d{3})* characters of its limit of about 5,242,880 \((less than 0\.1|\d+\.\d) %\)\.$/)).toBeVisible();
  await expect(page.getByText(/^The browser counts [\d.,]+ (bytes?|KB|MB|GB|TB) used by this site, of [\d.,]+ (KB|MB|GB|TB) it may use\.$/)).toBeVisible();
});

// Playwright runs the browser tests in Chromium against the release build in
// dist/, served by a plain static file server twice: at a root and under a
// sub-path. Every spec runs at the root; under /planner/ run the specs whose
// behaviour depends on the address: loading the app and its assets, routes
// and reloads, the service worker's scope, files fetched beside index.html
// (the demo), the query (?presenter), and the cross-engine scenarios. The
// crash screen is tested apart, against the crash-test build in dist-trap/,
// which stops on purpose.
import { defineConfig } from "@playwright/test";

// E2E_PORT lets several checkouts run the suite side by side.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4173);
const SUBPATH_PORT = ROOT_PORT + 1;
// ROOT_PORT + 2 serves the offline spec's next deploy; + 3 to + 5 the engines' runs.
const TRAP_PORT = ROOT_PORT + 6;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  // A `test.only` left in a spec would silently skip the rest, on any machine.
  forbidOnly: true,
  retries: 0,
  reporter: [["list"], ["./tests/e2e/summary-reporter.js"]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    // Debian's Chromium: Playwright's own browser download cannot work here.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "off",
  },
  projects: [
    {
      name: "root",
      testIgnore: /crash\.spec\.js$/,
      use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` },
    },
    {
      name: "subpath",
      testMatch: /(shell|navigation|offline|demo|presenter|security|engines)\.spec\.js$/,
      use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/planner/` },
    },
    {
      name: "trap",
      testMatch: /crash\.spec\.js$/,
      use: { baseURL: `http://127.0.0.1:${TRAP_PORT}/` },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir dist --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --dir dist --port ${SUBPATH_PORT} --base /planner/`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/planner/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --dir dist-trap --port ${TRAP_PORT}`,
      url: `http://127.0.0.1:${TRAP_PORT}/`,
      reuseExistingServer: false,
    },
  ],
});

// Runs the shared scenarios (tests/engines/scenarios.mjs) in Firefox and WebKit,
// against dist/ served at a root and under /planner/, both engines at once.
//   node tests/engines/run.mjs [--engine firefox|webkit] [--base root|subpath]
//                              [--grep TEXT] [--after-chromium SUMMARY.json]
// With --after-chromium (the Chromium suite's counts, written by
// tests/e2e/summary-reporter.js), the last line counts all three engines.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";
import { App } from "./app.mjs";
import { startFirefox } from "./drivers/firefox.mjs";
import { startWebKit } from "./drivers/webkit.mjs";
import { scenarios } from "./scenarios.mjs";

/** The suite's files served beside the app's index.html. */
const EXTRA_FILES = Object.fromEntries(
  ["engine-probe.js", "engine-frame.html", "engine-frame.js"].map((name) => [
    name,
    fileURLToPath(new URL(`./served/${name.replace("engine-", "")}`, import.meta.url)),
  ]),
);
const FIRST_PORT = Number(process.env.E2E_PORT ?? 4173) + 3;
const TIMEOUT_MS = 60_000;
const SESSION_TIMEOUT_MS = 20_000;

const options = { engine: ["firefox", "webkit"], base: ["root", "subpath"], grep: null, afterChromium: null };
for (let i = 2; i < process.argv.length; i += 2) {
  const [flag, value] = [process.argv[i], process.argv[i + 1]];
  if (value === undefined) usage();
  if (flag === "--engine") options.engine = value.split(",");
  else if (flag === "--base") options.base = value.split(",");
  else if (flag === "--grep") options.grep = value;
  else if (flag === "--after-chromium") options.afterChromium = value;
  else usage();
}
if (options.engine.some((name) => !["firefox", "webkit"].includes(name))) usage();
if (options.base.some((name) => !["root", "subpath"].includes(name))) usage();

function usage() {
  console.error(
    "usage: node tests/engines/run.mjs [--engine firefox|webkit] [--base root|subpath] [--grep TEXT] [--after-chromium FILE]",
  );
  process.exit(2);
}

const bases = {
  root: `http://127.0.0.1:${FIRST_PORT}/`,
  subpath: `http://127.0.0.1:${FIRST_PORT + 1}/planner/`,
};
const chosen = scenarios.filter((scenario) => !options.grep || scenario.name.includes(options.grep));
if (chosen.length === 0) {
  console.error(`No scenario's name contains "${options.grep}".`);
  process.exit(2);
}

const engines = {
  firefox: startFirefox,
  webkit: () => startWebKit(FIRST_PORT + 2),
};

/** Rejects after `ms` with `what` timed out, unless `promise` settles first. */
function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, failed) => {
    timer = setTimeout(() => failed(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs one scenario in a fresh session of `engine`; resolves to its problems. */
async function runScenario(engine, scenario, baseURL) {
  let driver;
  try {
    driver = await within(SESSION_TIMEOUT_MS, "starting the browser", engine.newDriver());
    const app = new App(driver, baseURL, { timeout: 10_000, probed: true });
    await within(TIMEOUT_MS, "the scenario", scenario.run(app));
    const problems = await app.problems();
    return problems.length === 0 ? [] : [`the page logged problems:\n      ${problems.join("\n      ")}`];
  } catch (error) {
    return [error.stack ?? String(error)];
  } finally {
    if (driver) await within(SESSION_TIMEOUT_MS, "closing the browser", driver.close()).catch(() => {});
  }
}

/** Runs every chosen scenario in one engine, at each chosen base; resolves to its counts. */
async function runEngine(name) {
  const started = Date.now();
  const counts = { passed: 0, failed: 0 };
  let engine;
  try {
    engine = await engines[name]();
  } catch (error) {
    console.log(`  ✘ [${name}] could not start: ${error.message}`);
    return { name, passed: 0, failed: chosen.length * options.base.length, seconds: 0 };
  }
  try {
    for (const base of options.base) {
      for (const scenario of chosen) {
        const begun = Date.now();
        const failures = await runScenario(engine, scenario, bases[base]);
        const seconds = ((Date.now() - begun) / 1000).toFixed(1);
        if (failures.length === 0) {
          counts.passed += 1;
          console.log(`  ✓ [${name} ${base}] ${scenario.name} (${seconds} s)`);
        } else {
          counts.failed += 1;
          console.log(`  ✘ [${name} ${base}] ${scenario.name} (${seconds} s)\n    ${failures.join("\n    ")}`);
        }
      }
    }
  } finally {
    await engine.close();
  }
  return { name, ...counts, seconds: (Date.now() - started) / 1000 };
}

const servers = await Promise.all([
  serve({ dir: "dist", port: FIRST_PORT, base: "/", extraFiles: EXTRA_FILES, headScript: "engine-probe.js" }),
  serve({ dir: "dist", port: FIRST_PORT + 1, base: "/planner/", extraFiles: EXTRA_FILES, headScript: "engine-probe.js" }),
]);
console.log(
  `Running ${chosen.length} scenarios in ${options.engine.join(" and ")}, at ${options.base.map((base) => bases[base]).join(" and ")}`,
);
const results = await Promise.all(options.engine.map(runEngine));
for (const server of servers) server.close();

for (const result of results) {
  console.log(`${result.name}: ${result.passed} passed, ${result.failed} failed in ${result.seconds.toFixed(1)} s`);
}
const total = { passed: 0, failed: 0, skipped: 0 };
const parts = [];
if (options.afterChromium) {
  if (!existsSync(options.afterChromium)) {
    console.log(`✘ no Chromium summary at ${options.afterChromium}: the Chromium suite did not finish`);
    process.exit(1);
  }
  const chromium = JSON.parse(readFileSync(options.afterChromium, "utf8"));
  results.unshift({ name: "chromium", ...chromium });
}
for (const result of results) {
  total.passed += result.passed;
  total.failed += result.failed;
  total.skipped += result.skipped ?? 0;
  parts.push(`${result.name} ${result.passed + result.failed + (result.skipped ?? 0)}`);
}
const skipped = total.skipped ? `, ${total.skipped} skipped` : "";
console.log(`e2e: ${total.passed} passed, ${total.failed} failed${skipped} (${parts.join(", ")})`);
process.exit(total.failed === 0 ? 0 : 1);

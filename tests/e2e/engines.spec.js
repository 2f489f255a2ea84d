// The cross-engine scenarios (tests/engines/scenarios.mjs) in Chromium: the
// same steps Firefox and WebKit run in tests/engines/run.mjs.
import { test } from "./fixtures.js";
import { App } from "../engines/app.mjs";
import { playwrightDriver } from "../engines/drivers/playwright.mjs";
import { scenarios } from "../engines/scenarios.mjs";

test.describe("in every engine", () => {
  for (const scenario of scenarios) {
    test(scenario.name, async ({ page, baseURL }) => {
      await scenario.run(new App(playwrightDriver(page), baseURL));
    });
  }
});

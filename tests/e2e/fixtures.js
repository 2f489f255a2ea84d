// Shared test fixtures. Every test gets a page whose console errors, page
// errors and requests to any other origin fail the test when it ends.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

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

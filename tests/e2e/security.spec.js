// The Content-Security-Policy lets the page run only the app's own files.
import { test, expect, openApp } from "./fixtures.js";

test.use({ expectedConsoleErrors: [/Content Security Policy/] });

test("the policy allows only the app's own files and no eval", async ({ page }) => {
  await openApp(page);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  const directives = Object.fromEntries(
    policy.split(";").map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
  expect(directives["default-src"]).toEqual(["'none'"]);
  expect(directives["script-src"]).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives["connect-src"]).toEqual(["'self'"]);
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(await page.locator("script:not([src])").count()).toBe(0);
});

test("an injected inline script does not run", async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true;";
    document.body.append(script);
  });
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
});

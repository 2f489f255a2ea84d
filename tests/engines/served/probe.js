// Loaded before the app in the cross-engine suite (scripts/serve.mjs
// `headScript`): records every console error, page error, blocked request and
// request to another origin in session storage, so they outlive reloads and
// any driver can read them, even one with no console or network events.
(() => {
  const KEY = "common-ground-test:problems";
  const record = (problem) => {
    try {
      const problems = JSON.parse(sessionStorage.getItem(KEY) ?? "[]");
      problems.push(problem);
      sessionStorage.setItem(KEY, JSON.stringify(problems));
    } catch {
      // Session storage unusable: the driver reports the probe as missing.
    }
  };
  sessionStorage.setItem(KEY, sessionStorage.getItem(KEY) ?? "[]");

  const consoleError = console.error.bind(console);
  console.error = (...parts) => {
    record(`console error: ${parts.map(String).join(" ")}`);
    consoleError(...parts);
  };
  addEventListener(
    "error",
    (event) => {
      const source = event.target?.src ?? event.target?.href;
      record(source ? `failed to load: ${source}` : `page error: ${event.message}`);
    },
    true,
  );
  addEventListener("unhandledrejection", (event) => record(`page error: unhandled rejection ${event.reason}`));
  document.addEventListener("securitypolicyviolation", (event) =>
    record(`blocked by the content security policy: ${event.violatedDirective} ${event.blockedURI}`),
  );
  const foreign = (url) => {
    const parsed = new URL(url, location.href);
    return !["data:", "blob:"].includes(parsed.protocol) && parsed.origin !== location.origin;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (foreign(entry.name)) record(`request to another origin: ${entry.name}`);
    }
  }).observe({ type: "resource", buffered: true });
})();

// What a scenario can do with the app, the same in every engine. A scenario
// names elements by role and accessible name (tests/engines/locate.mjs) and
// acts as a user does; the driver underneath (Playwright, Puppeteer or
// Selenium) only clicks, types, loads pages and runs page functions.
//
// A driver (tests/engines/drivers/) offers: name; goto(url); reload();
// evaluate(expression source); click, type(text), upload(name, contents) and
// download() → { name, text } on a CSS selector; viewport(width, height);
// printedPages() → a number, or null where it cannot print; newTab() → a
// driver for another tab sharing storage; problems() → what it saw go wrong;
// close().
import { describe, locate, serializable } from "./locate.mjs";
import { readLocalStorage } from "./page-functions.mjs";
import { sleep, waitFor } from "./wait.mjs";

/** How long typed text may take to arrive in a field after the driver returns. */
const FILL_SETTLE_MS = 1_000;

/** Where the error probe (tests/engines/served/probe.js) keeps what it recorded. */
const PROBE_KEY = "common-ground-test:problems";

/** The source of an expression that runs `fn(...args)` in the page, with `locate` in scope. */
function inPage(fn, ...args) {
  const values = args.map((arg) => JSON.stringify(arg === undefined ? null : arg)).join(", ");
  return `(() => { const locate = ${locate}; return (${fn})(${values}); })()`;
}

/** Marks the one element matching `query` with `token`, or says how many match. */
function markOne(query, token) {
  for (const old of document.querySelectorAll("[data-engine-target]")) old.removeAttribute("data-engine-target");
  const found = locate(query);
  if (found.length === 1) found[0].setAttribute("data-engine-target", token);
  return found.length;
}

/** The value of the form control `selector` finds. */
function valueAt(selector) {
  return document.querySelector(selector).value;
}

/** Sets a form control's value as a user's edit would: input then change events. */
function setControlValue(selector, value) {
  const control = document.querySelector(selector);
  if (control.tagName === "SELECT") {
    const option = [...control.options].find((each) => each.label.trim() === value || each.value === value);
    if (!option) return `no option "${value}" in ${[...control.options].map((each) => each.label).join(", ")}`;
    control.value = option.value;
  } else {
    control.value = value;
  }
  control.dispatchEvent(new Event("input", { bubbles: true }));
  control.dispatchEvent(new Event("change", { bubbles: true }));
  return null;
}

/** The app in one tab of one engine, at `baseURL`. */
export class App {
  /**
   * `probed`: the app is served with the error probe
   * (tests/engines/served/probe.js) loaded first, so it must have recorded.
   */
  constructor(driver, baseURL, { timeout = 5_000, probed = false } = {}) {
    this.driver = driver;
    this.baseURL = baseURL;
    this.timeout = timeout;
    this.probed = probed;
    this.marks = 0;
  }

  /** Runs `fn(...args)` in the page (`fn` is self-contained) and returns its value. */
  evaluate(fn, ...args) {
    return this.driver.evaluate(inPage(fn, ...args));
  }

  /** Opens the app at a hash route and waits until it has rendered. */
  async open(hash = "#/") {
    await this.driver.goto(new URL(hash, this.baseURL).href);
    await this.find({ role: "navigation", name: "Main" });
  }

  /** Reloads the page and waits until the app has rendered again. */
  async reload() {
    await this.driver.reload();
    await this.find({ role: "navigation", name: "Main" });
  }

  /** Waits until `check()` returns a truthy value and returns it; `what` names it in the failure. */
  until(what, check, timeout = this.timeout) {
    return waitFor(what, check, timeout);
  }

  /** Waits for exactly one visible element matching `query` and returns a CSS selector for it. */
  async find(query) {
    this.marks += 1;
    const token = String(this.marks);
    let count = 0;
    await this.until(`one ${describe(query)}`, async () => {
      count = await this.evaluate(markOne, serializable(query), token);
      return count === 1;
    }).catch((error) => {
      throw new Error(`${error.message} (found ${count})`);
    });
    return `[data-engine-target="${token}"]`;
  }

  /** How many visible elements match `query` now. */
  count(query) {
    return this.evaluate((wanted) => locate(wanted).length, serializable(query));
  }

  /**
   * Clicks the element, then waits two frames: the app moves focus a frame
   * after a new page renders, and keys typed before that would go astray.
   */
  async click(query) {
    await this.driver.click(await this.find(query));
    await this.settle();
  }

  /** Waits until the page has drawn two more frames, or 250 ms in a tab that draws none. */
  settle() {
    return this.evaluate(
      () =>
        new Promise((done) => {
          requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
          setTimeout(() => done(true), 250);
        }),
    );
  }

  /**
   * Replaces a text field's content by typing `text`, and checks it arrived
   * whole. WebKitWebDriver's sendKeys can return while the page is still
   * handling the last keys (seen once on a loaded 2-core machine), so the
   * field gets a second to catch up; a key really lost still fails.
   */
  async fill(query, text) {
    const selector = await this.find(query);
    await this.driver.type(selector, text);
    let typed;
    const arrived = async () => {
      typed = await this.evaluate(valueAt, selector);
      return typed === text;
    };
    await waitFor(`"${text}" in ${describe(query)}`, arrived, FILL_SETTLE_MS).catch(() => {
      throw new Error(`typed "${text}" into ${describe(query)}, which holds "${typed}"`);
    });
  }

  /** Sets a select by its option's label, or a date or time input by its value. */
  async choose(query, value) {
    const selector = await this.find(query);
    const problem = await this.evaluate(setControlValue, selector, value);
    if (problem) throw new Error(`${describe(query)}: ${problem}`);
  }

  async value(query) {
    return this.evaluate(valueAt, await this.find(query));
  }

  async text(query) {
    const selector = await this.find(query);
    return this.evaluate((css) => document.querySelector(css).textContent.replace(/\s+/g, " ").trim(), selector);
  }

  /** Waits until the element's text contains `expected` (a string or RegExp). */
  async expectText(query, expected) {
    let last = "";
    await this.until(`${describe(query)} to contain ${expected}`, async () => {
      last = await this.text(query);
      return expected instanceof RegExp ? expected.test(last) : last.includes(expected);
    }).catch((error) => {
      throw new Error(`${error.message}; it reads: ${last.slice(0, 400)}`);
    });
  }

  /** Waits until a form control's value is `expected`. */
  async expectValue(query, expected) {
    let last;
    await this.until(`${describe(query)} to have the value ${expected}`, async () => {
      last = await this.value(query);
      return last === expected;
    }).catch((error) => {
      throw new Error(`${error.message}; it has ${last}`);
    });
  }

  /** Every key and value in local storage, unpacked as the app reads them. */
  storage() {
    return this.evaluate(readLocalStorage);
  }

  /** Clicks `query` and returns the file it downloads: { name, text }. */
  async download(query) {
    return this.driver.download(await this.find(query));
  }

  /** Chooses a file named `name` holding `contents` in the file input `query`. */
  async upload(query, name, contents) {
    await this.driver.upload(await this.find(query), name, contents);
  }

  /** Resizes the page's viewport to `width` × `height` CSS pixels. */
  viewport(width, height) {
    return this.driver.viewport(width, height);
  }

  /**
   * Prints the page to an A4 PDF with the print style sheet and returns its
   * number of pages, or null where the driver cannot print (WebKit).
   */
  printedPages() {
    return this.driver.printedPages();
  }

  /** Opens another tab of the same browser, sharing its storage, with nothing loaded yet. */
  async newTab() {
    return new App(await this.driver.newTab(), this.baseURL, { timeout: this.timeout, probed: this.probed });
  }

  /**
   * Closes this tab (one `newTab` opened), failing with any problem it
   * recorded: console or page errors, requests to other origins.
   */
  async closeTab() {
    const problems = await this.problems();
    await this.driver.close();
    if (problems.length > 0) throw new Error(`the other tab logged problems:\n  ${problems.join("\n  ")}`);
  }

  /**
   * Every problem this tab saw: what the driver reported and what the error
   * probe recorded, once each; a probe that should be there and is not is one.
   */
  async problems() {
    const recorded = await this.evaluate((key) => sessionStorage.getItem(key), PROBE_KEY);
    const probed = recorded !== null ? JSON.parse(recorded) : this.probed ? ["the error probe did not load"] : [];
    return [...new Set([...this.driver.problems(), ...probed])];
  }

  sleep(ms) {
    return sleep(ms);
  }
}

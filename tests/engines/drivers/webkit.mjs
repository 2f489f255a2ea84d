// The WebKit driver: WebKitGTK's MiniBrowser, driven over WebDriver by
// selenium-webdriver through Debian's WebKitWebDriver, on a virtual display
// from xvfb-run. WebKitWebDriver reports no console or network events: the
// probe loaded before the app (tests/engines/served/probe.js) records them.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Builder, until } from "selenium-webdriver";
import { waitFor } from "../wait.mjs";

export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

const CAPABILITIES = {
  browserName: "MiniBrowser",
  "webkitgtk:browserOptions": { binary: MINIBROWSER_PATH, args: ["--automation"] },
};

/**
 * Starts WebKitWebDriver on `port` inside xvfb-run, so the MiniBrowser it
 * launches draws on a virtual screen; each `newDriver()` is a new MiniBrowser
 * session. The driver and its display end with `close()`, or when node exits.
 */
export async function startWebKit(port) {
  // -noreset: by default Xvfb resets when its last client leaves, and a
  // MiniBrowser starting during that reset cannot open the display.
  const screen = "-screen 0 1280x1024x24 -noreset";
  const display = spawn("xvfb-run", ["-a", "-s", screen, "WebKitWebDriver", `--port=${port}`], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () => {
    try {
      process.kill(-display.pid);
    } catch {
      // Already gone.
    }
  };
  process.once("exit", stop);
  const url = `http://127.0.0.1:${port}`;
  const answers = () =>
    fetch(`${url}/status`).then(
      (response) => response.ok,
      () => false, // Not listening yet.
    );
  await waitFor(`WebKitWebDriver on ${url}`, answers, 15_000).catch((error) => {
    stop();
    throw error;
  });
  return {
    newDriver: async () => sessionDriver(await new Builder().usingServer(url).withCapabilities(CAPABILITIES).build()),
    close: async () => stop(),
  };
}

/** Records the next file the app saves through a download link: { name, href }, and its blob. */
function watchDownloads() {
  window.__engineDownload = null;
  window.__engineBlobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob) => {
    const url = createObjectURL.call(URL, blob);
    window.__engineBlobs.set(url, blob);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function clickAndRecord() {
    if (this.download) window.__engineDownload = { name: this.download, href: this.href };
    return click.call(this);
  };
}

/** A driver for a new WebDriver session's first window; `close()` ends the session. */
function sessionDriver(session) {
  const shared = { upload: mkdtempSync(join(tmpdir(), "common-ground-upload-")), current: { handle: null } };
  return {
    ...windowDriver(session, shared, null),
    close: async () => {
      await session.quit();
      rmSync(shared.upload, { recursive: true, force: true });
    },
  };
}

/**
 * A driver for one window of a session: `handle`, or null while the session
 * has only its first window. Every window of the session shares its upload
 * folder and `current`, the handle commands go to now.
 */
function windowDriver(session, { upload, current }, handle) {
  // Commands go to the current window: switch to this driver's window first.
  const inTab = async () => {
    if (handle && current.handle !== handle) {
      await session.switchTo().window(handle);
      current.handle = handle;
    }
  };
  const evaluate = async (source) => {
    await inTab();
    return session.executeScript(`return ${source};`);
  };
  const element = async (selector) => {
    await inTab();
    return session.findElement({ css: selector });
  };
  // A viewport narrower than MiniBrowser's smallest window: { width, height }.
  let narrow = null;
  return {
    name: "webkit",
    goto: async (url) => {
      await inTab();
      if (!narrow) return session.get(url);
      const frame = new URL("engine-frame.html", url);
      frame.search = new URLSearchParams({ ...narrow, src: url }).toString();
      await session.switchTo().defaultContent();
      await session.get(frame.href);
      await session.wait(until.ableToSwitchToFrame({ css: "iframe" }), 10_000);
    },
    reload: async () => {
      await inTab();
      if (!narrow) return session.navigate().refresh();
      // A reload inside the frame: wait until the old document is gone.
      await evaluate("(window.__engineBeforeReload = true, setTimeout(() => location.reload()), true)");
      const reloaded = () => evaluate("window.__engineBeforeReload !== true").catch(() => false);
      await waitFor("the frame to reload", reloaded, 10_000);
    },
    evaluate,
    click: async (selector) => (await element(selector)).click(),
    type: async (selector, text) => {
      const control = await element(selector);
      await control.clear();
      await control.sendKeys(text);
    },
    upload: async (selector, name, contents) => {
      const path = join(upload, name);
      writeFileSync(path, contents);
      await (await element(selector)).sendKeys(path);
    },
    // MiniBrowser saves downloads where the test cannot read them, so the file
    // is read back from the blob the app hands to the download link.
    download: async (selector) => {
      await evaluate(`(${watchDownloads})()`);
      await (await element(selector)).click();
      const offered = await waitFor("a download", () => evaluate("window.__engineDownload"), 10_000);
      const text = await evaluate(`window.__engineBlobs.get(${JSON.stringify(offered.href)}).text()`);
      return { name: offered.name, text };
    },
    // MiniBrowser's window cannot be narrower than its toolbar (about 450 px):
    // narrower viewports open the app in an iframe of that size instead.
    viewport: async (width, height) => {
      await inTab();
      const window = session.manage().window();
      const [innerWidth, innerHeight] = await evaluate("[innerWidth, innerHeight]");
      const outer = await window.getRect();
      await window.setRect({ width: outer.width - innerWidth + width, height: outer.height - innerHeight + height });
      const [reached] = await evaluate("[innerWidth]");
      narrow = reached === width ? null : { width, height };
    },
    // Another window of the same session, sharing its storage.
    newTab: async () => {
      if (!handle) {
        handle = await session.getWindowHandle();
        current.handle = handle;
      }
      // A window rather than a tab: MiniBrowser's background tab draws no frames.
      await session.switchTo().newWindow("window");
      const tab = await session.getWindowHandle();
      current.handle = tab;
      return {
        ...windowDriver(session, { upload, current }, tab),
        close: async () => {
          await session.switchTo().window(tab);
          await session.close();
          current.handle = null;
        },
      };
    },
    // WebKitWebDriver has no Print Page command: the printout cannot be read.
    printedPages: async () => null,
    problems: () => [],
  };
}

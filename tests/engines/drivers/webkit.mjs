// The WebKit driver: WebKitGTK's MiniBrowser, driven over WebDriver by
// selenium-webdriver through Debian's WebKitWebDriver, on a virtual display
// from xvfb-run. WebKitWebDriver reports no console or network events: the
// probe loaded before the app (tests/engines/served/probe.js) records them.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Builder, until } from "selenium-webdriver";

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
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`WebKitWebDriver did not answer on ${url} in 15 s`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    newDriver: async () => webkitDriver(await new Builder().usingServer(url).withCapabilities(CAPABILITIES).build()),
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

/**
 * A driver for one WebDriver session, whose window `handle` (every tab of the
 * session shares `current`, the handle commands go to now).
 */
function webkitDriver(session, handle = null, current = { handle: null }) {
  const upload = mkdtempSync(join(tmpdir(), "common-ground-upload-"));
  // Commands go to the current window: switch to this driver's tab first.
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
      const deadline = Date.now() + 10_000;
      while ((await evaluate("window.__engineBeforeReload === true").catch(() => true)) && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 50));
      }
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
      const deadline = Date.now() + 10_000;
      let offered = null;
      while (!offered) {
        if (Date.now() > deadline) throw new Error("no download offered after 10 s");
        await new Promise((done) => setTimeout(done, 50));
        offered = await evaluate("window.__engineDownload");
      }
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
      const driver = webkitDriver(session, tab, current);
      return {
        ...driver,
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
    close: async () => {
      await session.quit();
      rmSync(upload, { recursive: true, force: true });
    },
  };
}

// The crash screen. If the app's WebAssembly ever stops (a Rust panic aborts
// as a trap), the page would otherwise freeze or go blank, and a user might
// clear the site's data to "fix" it. This script, loaded beside the app and
// needing no WebAssembly, says what happened, offers the stored data as a
// file, and links to the Data page. It never reads or changes data otherwise.
(() => {
  "use strict";

  const PREFIX = "common-ground:";
  let panicMessage = "";
  let shown = false;

  // The panic hook writes the panic's message with console.error just before
  // the trap; keep the first line of it to show.
  const consoleError = console.error.bind(console);
  console.error = (...parts) => {
    const text = parts.map(String).join(" ");
    if (!panicMessage && text.includes("panicked at")) panicMessage = text.split("\n").slice(0, 2).join(" ");
    consoleError(...parts);
  };

  const isTrap = (error) =>
    typeof WebAssembly !== "undefined" && error instanceof WebAssembly.RuntimeError;

  /** Packed values (src/store/packing.rs) as the JSON text they hold. */
  function unpack(value) {
    if (!value.startsWith('"\uE000') || !value.endsWith('"')) return value;
    const bytes = [];
    let buffer = 0;
    let held = 0;
    for (const character of value.slice(2, -1)) {
      buffer = ((buffer << 15) | (character.codePointAt(0) - 0x4000)) & 0x3fffff;
      held += 15;
      while (held >= 8) {
        held -= 8;
        bytes.push((buffer >> held) & 0xff);
      }
    }
    while (bytes.length > 0 && bytes[bytes.length - 1] === 0) bytes.pop();
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
    } catch {
      return value;
    }
  }

  /** Every value the app stored, readable, as the text of a file. */
  function storedData() {
    const values = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key !== null && key.startsWith(PREFIX)) values[key] = unpack(localStorage.getItem(key) ?? "");
    }
    return JSON.stringify(
      { format: "common-ground-stored-values", saved_at: new Date().toISOString(), values },
      null,
      2,
    );
  }

  function saveCopy(status) {
    let text;
    try {
      text = storedData();
    } catch (error) {
      status.textContent = `This browser would not let the page read its storage (${error.name}), so no copy was saved.`;
      return;
    }
    const day = new Date().toISOString().slice(0, 10);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    link.download = `common-ground-stored-data-${day}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
    status.textContent = `Saved ${link.download}. Keep it until the problem is fixed.`;
  }

  function element(tag, text, attributes = {}) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  }

  function show(detail) {
    if (shown) return;
    shown = true;
    const screen = element("div", "", {
      class: "crash-screen",
      role: "alertdialog",
      "aria-modal": "true",
      "aria-labelledby": "crash-title",
      "aria-describedby": "crash-what",
    });
    const box = element("div", "", { class: "crash-box" });
    const title = element("h1", "Common Ground stopped", { id: "crash-title", tabindex: "-1" });
    const what = element(
      "p",
      "Something in the app went wrong, and it cannot go on until the page is reloaded. Your data is still stored in this browser: do not clear the site's data.",
      { id: "crash-what" },
    );
    const save = element("button", "Save a copy of my data", { type: "button" });
    const status = element("p", "", { role: "status" });
    save.addEventListener("click", () => saveCopy(status));
    const data = element("a", "Open the Data page", { href: "#/data" });
    data.addEventListener("click", (event) => {
      event.preventDefault();
      location.hash = "#/data";
      location.reload();
    });
    const about = element("details");
    about.append(element("summary", "What happened"), element("p", detail));
    const actions = element("div", "", { class: "button-row" });
    actions.append(save, data);
    box.append(title, what, actions, status, about);
    screen.append(box);
    for (const child of document.body.children) {
      if (child !== screen) child.setAttribute("inert", "");
    }
    document.body.append(screen);
    title.focus();
  }

  const describe = (error) =>
    panicMessage || `${error.name}: ${error.message}`;

  window.addEventListener("error", (event) => {
    if (isTrap(event.error)) show(describe(event.error));
  });
  window.addEventListener("unhandledrejection", (event) => {
    if (isTrap(event.reason)) show(describe(event.reason));
  });
})();

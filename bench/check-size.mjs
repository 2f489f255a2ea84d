// Fails `make test` when the app a first visit downloads grows past its
// budget. The budget sits a little above today's size, so only a real
// regression trips it: raise it in the same commit as the feature that needs
// the room, and say why in that commit's message.
import { appBrotli, sizeTable } from "./download-size.mjs";

/** Brotli bytes of wasm + js + css + html that the release build may take. */
const BUDGET_BYTES = 655_000;

const total = appBrotli(sizeTable("dist"));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
if (total > BUDGET_BYTES) {
  console.error(
    `The app downloads ${total.toLocaleString("en")} bytes brotli (${kib(total)}), over its budget of ` +
      `${BUDGET_BYTES.toLocaleString("en")} (${kib(BUDGET_BYTES)}). Run \`make bench\` for the table per file.`,
  );
  process.exit(1);
}
console.log(`Download size: ${total.toLocaleString("en")} of ${BUDGET_BYTES.toLocaleString("en")} bytes brotli budget.`);

// Counts the pages of a PDF that a browser printed, for the print style
// sheet's checks. Chromium writes page objects in the open; Firefox
// compresses them into object streams, so every stream is inflated first.
import { inflateSync } from "node:zlib";

/** The number of pages in `pdf` (a Buffer or Uint8Array). */
export function countPdfPages(pdf) {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString("latin1");
  let readable = text;
  const streamStart = /stream\r?\n/g;
  for (let match = streamStart.exec(text); match; match = streamStart.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) break;
    try {
      readable += inflateSync(bytes.subarray(start, end)).toString("latin1");
    } catch {
      // Not a deflated stream (an image, a font): no page objects in it.
    }
  }
  return (readable.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

// What a user downloads from dist/: each file raw, gzip -9 and brotli 11 (what
// static hosts serve), and the total the size budget is stated in. Shared by
// `make bench` (the table) and `make test` (the budget check).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The files the app needs to start, whose brotli total the budget counts. */
const APP_FILES = [".wasm", ".js", ".css", ".html"];

/** Every file in `dir` with its raw, gzip and brotli size, largest first. */
export function sizeTable(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => {
      const data = readFileSync(join(dir, name));
      const brotli = brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      });
      return { name, raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli: brotli.length };
    })
    .sort((a, b) => b.raw - a.raw);
}

/** Brotli bytes of wasm + js + css + html: what a first visit downloads. */
export function appBrotli(files) {
  return files
    .filter((file) => APP_FILES.includes(extname(file.name)))
    .reduce((sum, file) => sum + file.brotli, 0);
}

// A plain static file server for dist/: no rewrites, no fallbacks, loopback only.
// It stands in for any static host, so the tests see what users deploy.
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--base /planner/]
// The cross-engine suite imports `serve` to serve its own files beside the app
// (`extraFiles`) and to load one of them first in index.html (`headScript`),
// a probe that records errors in engines whose driver cannot.
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `dir` under `base` on 127.0.0.1:`port` and resolves to the server
 * once it listens. `extraFiles` maps names beside index.html to other files;
 * with `headScript` (one of those names), index.html loads it first.
 */
export function serve({ dir = "dist", port = 8080, base = "/", extraFiles = {}, headScript = null }) {
  const root = resolve(dir);
  const prefix = base.endsWith("/") ? base : `${base}/`;

  const fileFor = (urlPath) => {
    if (!urlPath.startsWith(prefix)) return null;
    let relative;
    try {
      relative = decodeURIComponent(urlPath.slice(prefix.length));
    } catch {
      return null;
    }
    if (Object.hasOwn(extraFiles, relative)) return resolve(extraFiles[relative]);
    const path = normalize(join(root, relative));
    if (path !== root && !path.startsWith(root + sep)) return null;
    try {
      const stats = statSync(path);
      if (stats.isDirectory()) return fileFor(`${urlPath.replace(/\/?$/, "/")}index.html`);
      return stats.isFile() ? path : null;
    } catch {
      return null;
    }
  };

  const server = createServer((request, response) => {
    const urlPath = new URL(request.url, "http://localhost").pathname;
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (`${urlPath}/` === prefix) {
      response.writeHead(301, { Location: prefix }).end();
      return;
    }
    const file = fileFor(urlPath);
    if (!file) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    response.writeHead(200, {
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    });
    if (request.method === "HEAD") response.end();
    else if (headScript && file === join(root, "index.html")) {
      const page = readFileSync(file, "utf8");
      response.end(page.replace("<head>", `<head><script src="${headScript}"></script>`));
    } else createReadStream(file).pipe(response);
  });

  return new Promise((done, failed) => {
    server.once("error", failed);
    server.listen(Number(port), "127.0.0.1", () => done(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = { dir: "dist", port: "8080", base: "/" };
  for (let i = 2; i < process.argv.length; i += 2) {
    const name = process.argv[i].replace(/^--/, "");
    if (!(name in options) || process.argv[i + 1] === undefined) {
      console.error(`usage: node scripts/serve.mjs [--dir DIR] [--port PORT] [--base /PATH/]`);
      process.exit(2);
    }
    options[name] = process.argv[i + 1];
  }
  await serve(options);
  console.log(`Serving ${resolve(options.dir)} at http://127.0.0.1:${options.port}${options.base}`);
}

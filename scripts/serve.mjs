// A plain static file server for dist/: no rewrites, no fallbacks, loopback only.
// It stands in for any static host, so the tests see what users deploy.
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--base /planner/]
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const options = { dir: "dist", port: "8080", base: "/" };
for (let i = 2; i < process.argv.length; i += 2) {
  const name = process.argv[i].replace(/^--/, "");
  if (!(name in options) || process.argv[i + 1] === undefined) {
    console.error(`usage: node scripts/serve.mjs [--dir DIR] [--port PORT] [--base /PATH/]`);
    process.exit(2);
  }
  options[name] = process.argv[i + 1];
}
const root = resolve(options.dir);
const base = options.base.endsWith("/") ? options.base : `${options.base}/`;
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

function fileFor(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  let relative;
  try {
    relative = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return null;
  }
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return fileFor(`${urlPath.replace(/\/?$/, "/")}index.html`);
    return stats.isFile() ? path : null;
  } catch {
    return null;
  }
}

const server = createServer((request, response) => {
  const urlPath = new URL(request.url, "http://localhost").pathname;
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  if (`${urlPath}/` === base) {
    response.writeHead(301, { Location: base }).end();
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
  else createReadStream(file).pipe(response);
});

server.listen(Number(options.port), "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${options.port}${base}`);
});

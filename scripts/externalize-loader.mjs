// Trunk post-build hook: moves the inline module script that Trunk writes into
// index.html into its own file, so the Content-Security-Policy can allow
// scripts from the app's own files only ('self', no 'unsafe-inline').
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("externalize-loader: TRUNK_STAGING_DIR is not set; run me from Trunk.");
  process.exit(1);
}

const indexPath = join(staging, "index.html");
const html = readFileSync(indexPath, "utf8");
const inline = /<script type="?module"?(?:\s+nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) {
  console.error(`externalize-loader: expected one inline module script, found ${scripts.length}.`);
  process.exit(1);
}

const [whole, body] = scripts[0];
const code = body.trim() + "\n";
const digest = createHash("sha384").update(code).digest();
const name = `loader-${digest.toString("hex").slice(0, 16)}.js`;
const integrity = `sha384-${digest.toString("base64")}`;
writeFileSync(join(staging, name), code);
writeFileSync(
  indexPath,
  html.replace(whole, `<script type="module" src="./${name}" integrity="${integrity}"></script>`),
);
console.log(`externalize-loader: moved the inline loader to ${name}`);

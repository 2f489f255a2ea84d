// Trunk post-build hook: writes sw.js, a Workbox service worker that
// precaches every file of the build, so the app opens with no network after
// the first visit, at a domain's root or under any sub-path. Trunk's file
// names carry a content hash, so only the files without one (index.html, the
// manifest, icons) are checked by revision. A new build waits until the app
// asks it to take over (the "A new version is ready" notice), never mid-edit.
import { readFileSync, writeFileSync } from "node:fs";
import { generateSW } from "workbox-build";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("service-worker: TRUNK_STAGING_DIR is not set; run me from Trunk.");
  process.exit(1);
}

const { count, size, warnings } = await generateSW({
  globDirectory: staging,
  globPatterns: ["**/*.{html,js,wasm,css,svg,png,webmanifest}"],
  globIgnores: ["sw.js"],
  swDest: `${staging}/sw.js`,
  // Trunk names files name-<16 hex digits>.ext.
  dontCacheBustURLsMatching: /-[0-9a-f]{16}\.\w+$/,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  // Routes are in the hash, so every page of the app is index.html, opened
  // at the app's folder or at index.html itself, with or without a query
  // (?presenter). The placeholder below becomes the app's own folder.
  navigateFallback: "index.html",
  navigateFallbackAllowlist: [/APP_FOLDER/],
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: "production",
  clientsClaim: true,
  skipWaiting: false,
  cleanupOutdatedCaches: true,
});
for (const warning of warnings) console.warn(`service-worker: ${warning}`);

// Only the app's own address gets index.html, not every folder in the
// worker's scope: the folder is known only where the app is served, so the
// allowlist is made there, from the worker's scope.
const swPath = `${staging}/sw.js`;
const generated = readFileSync(swPath, "utf8");
const placeholder = "/APP_FOLDER/";
if (generated.split(placeholder).length !== 2) {
  console.error("service-worker: the allowlist placeholder is not in sw.js exactly once.");
  process.exit(1);
}
const ownAddress =
  'new RegExp("^"+new URL(self.registration.scope).pathname.replace(/[.*+?^${}()|[\\]\\\\]/g,"\\\\$&")+"(index\\\\.html)?(\\\\?.*)?$")';
writeFileSync(swPath, generated.replace(placeholder, () => ownAddress));
console.log(`service-worker: precaches ${count} files, ${size.toLocaleString("en")} bytes`);

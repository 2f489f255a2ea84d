// Renders the app's icons (public/icons/*.png) from its mark, with the
// Chromium the tests use. Run it again after changing the mark:
//   node scripts/make-icons.mjs
import { chromium } from "@playwright/test";

/** The mark of public/favicon.svg, on the brand's dark green; `inset` is the share of the side left free around it. */
const icon = (inset) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" fill="#164f42"/>
  <g transform="translate(${16 * inset} ${16 * inset}) scale(${1 - inset})">
    <circle cx="12" cy="16" r="9" fill="#ffffff"/>
    <circle cx="20" cy="16" r="9" fill="#d9822b" fill-opacity=".85"/>
  </g>
</svg>`;

const icons = [
  { file: "icon-192.png", size: 192, inset: 0.12 },
  { file: "icon-512.png", size: 512, inset: 0.12 },
  // Maskable: the platform may crop to a circle, so the mark keeps to the middle 60 %.
  { file: "icon-maskable-512.png", size: 512, inset: 0.4 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  for (const { file, size, inset } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${icon(inset)}`);
    await page.screenshot({ path: `public/icons/${file}`, omitBackground: false });
    await page.close();
  }
} finally {
  await browser.close();
}

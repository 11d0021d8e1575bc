// PNG screenshots of every card of a gallery, drawn by page.html in headless Chromium.
//
//   node tests/teams/render/screenshot.mjs GALLERY.json OUT_DIR [--width 500] [--scale 1]
//
// Writes OUT_DIR/NAME.png for each card, cut to the card's own edges, and prints each path.
// Drives Debian's Chromium (or $CHROMIUM) through playwright-core, which downloads no browser.
// scripts/screenshot_cards wraps this.
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
/** A quiet, offline, throw-away browser that may read the gallery from disk. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--allow-file-access-from-files",
];

function pageUrl(galleryPath, name, width) {
  const url = pathToFileURL(join(here, "page.html"));
  url.search = new URLSearchParams({ cards: pathToFileURL(galleryPath).href, card: name, width });
  return url.href;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { width: { type: "string", default: "500" }, scale: { type: "string", default: "1" } },
  });
  if (positionals.length !== 2) {
    process.stderr.write("usage: node screenshot.mjs GALLERY.json OUT_DIR [--width 500] [--scale 1]\n");
    process.exit(2);
  }
  const [galleryPath, outDir] = positionals.map((path) => resolve(path));
  const width = Number.parseInt(values.width, 10);
  const names = Object.keys(JSON.parse(readFileSync(galleryPath, "utf8")));
  mkdirSync(outDir, { recursive: true });

  // fonts.conf: Segoe UI is drawn with a font of its widths where it is not installed.
  const env = { ...process.env, FONTCONFIG_FILE: join(here, "fonts.conf") };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, env });
  try {
    const context = await browser.newContext({
      viewport: { width, height: 600 },
      deviceScaleFactor: Number(values.scale),
      offline: true,
    });
    const page = await context.newPage();
    const problems = [];
    page.on("console", (message) => {
      if (["warning", "error"].includes(message.type())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    for (const name of names) {
      await page.goto(pageUrl(galleryPath, name, width));
      await page.evaluate(() => document.fonts.ready);
      const path = join(outDir, `${name}.png`);
      await page.locator(".card").screenshot({ path });
      process.stdout.write(`${path}\n`);
    }
    if (problems.length) {
      process.stderr.write(`the page logged:\n${problems.join("\n")}\n`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
  }
}

await main();

// Run every card of a gallery through the official Adaptive Cards renderer, in jsdom.
//
//   node tests/teams/render/validate.mjs GALLERY.json
//
// GALLERY.json is {"name": card, ...} (tests/teams/card_gallery.py writes it). Prints
// {"renderer": "adaptivecards X.Y.Z", "cards": {"name": ["problem", ...], ...}} on stdout: an
// empty list means the card parsed, validated and rendered with no event at all for the version
// it declares. Anything the renderer writes to the console while doing so counts as a problem
// too. Exits non-zero only when the harness itself cannot run.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { JSDOM, VirtualConsole } from "jsdom";

const here = dirname(fileURLToPath(import.meta.url));

/** The browser bundles, evaluated inside jsdom's window as page.html loads them in Chromium. */
const SCRIPTS = [
  "node_modules/adaptivecards/dist/adaptivecards.js",
  "node_modules/markdown-it/dist/browser/markdown-it.umd.min.js",
  "host.js",
].map((path) => join(here, path));

function main(galleryPath) {
  const gallery = JSON.parse(readFileSync(galleryPath, "utf8"));
  const hostConfig = JSON.parse(readFileSync(join(here, "teams-light.hostconfig.json"), "utf8"));

  let consoleLines = [];
  const virtualConsole = new VirtualConsole();
  for (const level of ["warn", "error"]) {
    virtualConsole.on(level, (...args) => consoleLines.push(`console.${level}: ${args.join(" ")}`));
  }
  virtualConsole.on("jsdomError", (error) => consoleLines.push(`jsdom: ${error.message}`));

  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    pretendToBeVisual: true,
    virtualConsole,
  });
  for (const script of SCRIPTS) {
    dom.window.eval(readFileSync(script, "utf8"));
  }
  if (consoleLines.length) {
    throw new Error(`loading the renderer logged: ${consoleLines.join("; ")}`);
  }

  const cards = {};
  for (const [name, card] of Object.entries(gallery)) {
    consoleLines = [];
    // The card crosses into the jsdom window as JSON, as a host receives it.
    const json = dom.window.JSON.parse(JSON.stringify(card));
    const { element, problems } = dom.window.WhohandlesCards.render(json, hostConfig);
    if (element) {
      dom.window.document.body.replaceChildren(element);
    }
    cards[name] = [...problems, ...consoleLines];
  }
  const { version } = JSON.parse(readFileSync(join(here, "node_modules/adaptivecards/package.json")));
  process.stdout.write(JSON.stringify({ renderer: `adaptivecards ${version}`, cards }) + "\n");
}

if (process.argv.length !== 3) {
  process.stderr.write("usage: node validate.mjs GALLERY.json\n");
  process.exit(2);
}
main(process.argv[2]);

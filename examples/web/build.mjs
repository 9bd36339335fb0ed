// Bundles the example page's script: examples/web/app.js -> examples/web/dist/app.js (one classic
// script, so that the page also works when opened from disk), and the style it imports
// (examples/shared/style.css) -> examples/web/dist/app.css. "stretchkit" and its subpaths resolve to
// the library's own source (src/index.ts, src/locales/<tag>/index.ts, src/export/<name>/index.ts),
// so the page always runs the code in this checkout. esbuild picks the longest alias that matches,
// so "stretchkit/locales/de" goes to the German pack, not to "src/index.ts/locales/de".
// Run: node examples/web/build.mjs
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = fileURLToPath(new URL(".", import.meta.url));
const source = (path) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

await build({
  entryPoints: [`${here}app.js`],
  outfile: `${here}dist/app.js`,
  bundle: true,
  format: "iife",
  target: "es2020",
  alias: {
    stretchkit: source("index.ts"),
    "stretchkit/locales/de": source("locales/de/index.ts"),
    "stretchkit/locales/es": source("locales/es/index.ts"),
    "stretchkit/locales/fr": source("locales/fr/index.ts"),
    "stretchkit/ical": source("export/ical/index.ts"),
    "stretchkit/fhir": source("export/fhir/index.ts"),
    "stretchkit/csv": source("export/csv/index.ts"),
  },
  logLevel: "warning",
});

// Bundles the example page's script: examples/web/app.js -> examples/web/dist/app.js (one classic
// script, so that the page also works when opened from disk), and the style it imports
// (examples/shared/style.css) -> examples/web/dist/app.css. "stretchkit" resolves to the
// library's own source, src/index.ts, so the page always runs the code in this checkout.
// Run: node examples/web/build.mjs
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = fileURLToPath(new URL(".", import.meta.url));
const entry = fileURLToPath(new URL("../../src/index.ts", import.meta.url));

await build({
  entryPoints: [`${here}app.js`],
  outfile: `${here}dist/app.js`,
  bundle: true,
  format: "iife",
  target: "es2020",
  alias: { stretchkit: entry },
  logLevel: "warning",
});

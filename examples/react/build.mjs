// Bundles the React example: examples/react/src/main.tsx -> examples/react/dist/app.js (one classic
// script with React, so that the page also works when opened from disk), and the style it imports
// (examples/shared/style.css) -> examples/react/dist/app.css. esbuild only: TSX with React's
// automatic JSX runtime, and React's production build. "stretchkit" resolves to the library's own
// source, src/index.ts, so the page always runs the code in this checkout.
// Run: node examples/react/build.mjs
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = fileURLToPath(new URL(".", import.meta.url));
const entry = fileURLToPath(new URL("../../src/index.ts", import.meta.url));

await build({
  entryPoints: [`${here}src/main.tsx`],
  outfile: `${here}dist/app.js`,
  bundle: true,
  format: "iife",
  target: "es2020",
  jsx: "automatic",
  alias: { stretchkit: entry },
  define: { "process.env.NODE_ENV": '"production"' },
  tsconfig: `${here}tsconfig.json`,
  logLevel: "warning",
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The benches measure the built package (`npm run bench` builds it first), as an app runs it:
// "stretchkit" resolves to dist/, not to the sources through vitest's module loader.
export default defineConfig({
  resolve: { alias: { stretchkit: fileURLToPath(new URL("./dist/index.js", import.meta.url)) } },
  test: { include: ["bench/**/*.bench.ts"], benchmark: { include: ["bench/**/*.bench.ts"] } },
});

import { defineConfig } from "tsup";

export default defineConfig({
  // One entry per subpath export; `splitting` puts the code they share (StretchKitError among it)
  // into chunks, so that each subpath's file holds only its own code and there is one error class
  // per format, in ESM and in CJS.
  entry: { index: "src/index.ts", ical: "src/ical/index.ts", fhir: "src/fhir/index.ts", csv: "src/csv/index.ts" },
  splitting: true,
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  external: ["zod"],
});

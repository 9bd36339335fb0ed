import { defineConfig } from "tsup";

// One entry per export of package.json: the core, and each subpath, which an app that does not
// import it never loads. Splitting puts what entries share (StretchKitError, the schemas) in
// chunks of their own, so that each subpath's file holds only its own code and
// `instanceof StretchKitError` holds whichever entry threw, in ESM and in CJS.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    "locales/de": "src/locales/de/index.ts",
    "locales/es": "src/locales/es/index.ts",
    "locales/fr": "src/locales/fr/index.ts",
    ical: "src/export/ical/index.ts",
    fhir: "src/export/fhir/index.ts",
    csv: "src/export/csv/index.ts",
  },
  format: ["esm", "cjs"],
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  external: ["zod"],
});

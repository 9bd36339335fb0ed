import { defineConfig } from "vitest/config";

// Tests of the built package as a consumer sees it: they need `npm run build` first.
// The global setup packs the package once and installs the tarball in a scratch project.
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts"],
    globalSetup: ["test/package/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

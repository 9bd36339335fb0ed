import { defineConfig } from "vitest/config";

// The browser tests of the examples (examples/web and examples/react): headless Chromium through
// playwright-core, with the setup they share in test/e2e/harness.ts.
// Run: npx vitest run --config vitest.e2e.config.ts
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

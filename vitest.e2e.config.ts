import { defineConfig } from "vitest/config";

// The browser test of the example page (examples/web): headless Chromium through playwright-core.
// Run: npx vitest run --config vitest.e2e.config.ts
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

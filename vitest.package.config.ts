import { defineConfig } from "vitest/config";

// Tests of the built package as a consumer sees it: they need `npm run build` first.
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

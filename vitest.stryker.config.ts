import { defineConfig } from "vitest/config";

// The tests Stryker runs against each mutant: the unit and property tests of `src/`.
// Type tests check declarations, not behaviour; package (examples among them) and e2e tests read the build.
// The two time-zone tests skip themselves under Stryker (STRYKER_MUTATOR_WORKER is set): they
// bundle src/ and run it in child processes, where no mutant is active, at a quarter of a second
// each for every mutant they cover.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/package/**", "test/e2e/**", "test/types/**"],
    // Instrumented code runs several times slower: the tests of 20,000-step sessions need longer.
    testTimeout: 60_000,
    // Fewer runs of each property (test/helpers/stryker.ts has the ones that set their own).
    setupFiles: ["test/helpers/stryker-setup.ts"],
  },
});

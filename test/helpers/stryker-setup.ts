// Setup of the tests that `npm run mutate` runs against each mutant (vitest.stryker.config.ts):
// a property without its own number of runs makes 25, not fast-check's 100.
import fc from "fast-check";

fc.configureGlobal({ numRuns: 25 });

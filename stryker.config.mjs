// Mutation testing: `npm run mutate`. Slow, so not part of `npm test`; see test/MUTATION.md.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts" },
  mutate: ["src/**/*.ts", "!src/index.ts", "!src/**/types.ts", "!src/messages/keys.ts"],
  coverageAnalysis: "perTest",
  concurrency: 2,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  thresholds: { high: 95, low: 90, break: 90 },
  timeoutMS: 10000,
  ignoreStatic: true,
};

// Size budgets, brotli, as a consumer's bundler sees them: zod (a peer dependency) is counted,
// because an app that imports a validating function pays for it. size-limit leaves peers out
// unless the esbuild config is changed, which a JSON config cannot do; hence this file.
// Each name says what is imported and why the budget is what it is.

/** @param {import("esbuild").BuildOptions} config */
const countZod = (config) => ({ ...config, external: [] });

const check = (name, importNames, limit) => ({
  name,
  path: "dist/index.js",
  import: importNames,
  limit,
  modifyEsbuildConfig: countZod,
});

export default [
  check("import { stretches }: the seed data alone, no zod", "{ stretches }", "1.5 kB"),
  check("import { getStretch }: a look-up plus the error class, no zod", "{ getStretch }", "2 kB"),
  check("import { defineStretch }: the stretch schema, so zod/mini's core", "{ defineStretch }", "9 kB"),
  check("import { validateRoutine }: the routine schema and catalog checks, so zod/mini's core", "{ validateRoutine }", "12 kB"),
  check("import { stepAt }: a binary search and the error class, no zod", "{ stepAt }", "1 kB"),
  check("import { scheduleSession }: the routine and options schemas, so zod/mini's core", "{ scheduleSession }", "13 kB"),
  check("import { startPlayer, advancePlayer }: the session check and the reducer", "{ startPlayer, advancePlayer }", "13 kB"),
  check("the whole library: every export", "*", "25 kB"),
];

// Size budgets, brotli, as a consumer's bundler sees them: zod (a peer dependency) is counted,
// because an app that imports a validating function pays for it. size-limit leaves peers out
// unless the esbuild config is changed, which a JSON config cannot do; hence this file.
// Each name says what is imported and why its budget is what it is. Budgets sit just above the
// measured size, so that a leak (a top-level call a bundler must keep) fails `npm test`.

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
  check("import { stretches }: the seed data alone, no zod", "{ stretches }", "1 kB"),
  check("import { getStretch }: the seed data, a look-up and the error class, no zod", "{ getStretch }", "1.5 kB"),
  check("import { stepAt }: a binary search and the error class, no zod, no catalog", "{ stepAt }", "1 kB"),
  check("import { defineStretch }: the stretch schema, so zod/mini's core", "{ defineStretch }", "9.5 kB"),
  check(
    "import { validateRoutine }: the routine and stretch schemas and the catalog checks",
    "{ validateRoutine }",
    "12 kB",
  ),
  check(
    "import { scheduleSession }: routine and option schemas, the builder, English texts",
    "{ scheduleSession }",
    "13.5 kB",
  ),
  check(
    "import { startPlayer, advancePlayer }: the session check and the reducer, no zod",
    "{ startPlayer, advancePlayer }",
    "4 kB",
  ),
  check(
    "import { planSessions, calculateAdherence }: plan and record schemas, the calculator",
    "{ planSessions, calculateAdherence }",
    "16 kB",
  ),
  check("the whole library: every export", "*", "26 kB"),
];

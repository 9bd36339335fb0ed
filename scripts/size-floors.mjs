// What an import costs, next to the schemas it must parse its input with and the data it must carry
// (the built-in stretches, the English texts): the floor below which its bundle cannot go while
// each input is read through its zod/mini schema.
// Run after `npm run build`: node scripts/size-floors.mjs
// Bundled from dist/ with esbuild (minified, zod included) and compressed with brotli, as size-limit does.
import { brotliCompressSync } from "node:zlib";
import { build } from "esbuild";

const rows = [
  [
    "scheduleSession",
    "{ scheduleSession }",
    "{ RoutineSchema, StretchSchema, LocaleSchema, stretches, englishMessages }",
  ],
  ["calculateAdherence", "{ calculateAdherence }", "{ PlanSchema, SessionRecordSchema }"],
  ["validateRoutine", "{ validateRoutine }", "{ RoutineSchema, StretchSchema, stretches }"],
  ["player and stepAt", "{ startPlayer, advancePlayer, playerProgress, stepAt }", null],
];

async function bytes(names) {
  const result = await build({
    stdin: { contents: `export ${names} from "./dist/index.js";`, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  return brotliCompressSync(result.outputFiles[0].contents).length;
}

console.log("| import | whole, brotli | its schemas and data alone | their share |");
console.log("|---|---|---|---|");
for (const [name, imported, schemas] of rows) {
  const whole = await bytes(imported);
  const floor = schemas === null ? null : await bytes(schemas);
  const share = floor === null ? "(no zod)" : `${Math.round((100 * floor) / whole)}%`;
  console.log(`| ${name} | ${whole} B | ${floor === null ? "none" : `${floor} B ${schemas}`} | ${share} |`);
}

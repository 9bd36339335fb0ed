import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runInContext, createContext as vmContext } from "node:vm";
import { build } from "esbuild";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { openScratch } from "./scratch.js";

// The consumer matrix: the packed tarball, installed in a scratch app, used as apps use it.
//
// | row                  | consumer                                  | what is checked                                  |
// |----------------------|-------------------------------------------|--------------------------------------------------|
// | Node ESM             | consumer/esm.mjs, `import`                | resolves dist/index.js; the scenario's results   |
// | Node CJS             | consumer/cjs.cjs, `require`               | resolves dist/index.cjs; the same JSON as ESM    |
// | TS node16            | fixtures/typed-esm.mts, typed-cjs.cts     | tsc clean (strict, skipLibCheck false) against   |
// |                      |                                           | index.d.ts and index.d.cts; a misspelled id fails|
// | TS bundler           | fixtures/typed-bundler.ts                 | the same, module esnext, against index.d.ts      |
// | browser              | consumer/browser.mjs, esbuild iife        | no process/require; runs in a bare vm realm; the |
// |                      |                                           | same JSON as Node                                |
// | subpaths, Node       | consumer/exports.{mjs,cjs}: stretchkit/   | resolve dist/<subpath>.js and .cjs; the same     |
// |                      | ical, /fhir, /csv                         | output from both; their errors are the root's    |
// |                      |                                           | StretchKitError class, in ESM and in CJS         |
// | subpaths, TS         | fixtures/typed-exports-*                  | tsc clean in node16 (.mts, .cts) and bundler     |
//
// The scenario below is the one consumer program of the runtime rows: only the line that loads
// stretchkit and the line that hands the result out differ between them.

const app = inject("scratchDir");
const scratch = openScratch(app);
const root = resolve(import.meta.dirname, "../..");
const consumerDir = join(app, "consumer");

const scenario = `
const t0 = 1_795_600_000_000;
const quads = stretchkit.getStretch("quadriceps-stretch");
const session = stretchkit.scheduleSession(stretchkit.backSpasmRoutine);
const now = stretchkit.stepAt(session, 25_000);

// Play it: let go of the first hold early, pause a minute, skip the rest of the first stretch,
// report pain later on, then let the clock run to the end.
const events = [
  { type: "tick", atMs: t0 + 25_000 },
  { type: "release", atMs: t0 + 27_000 },
  { type: "pause", atMs: t0 + 40_000 },
  { type: "resume", atMs: t0 + 100_000 },
  { type: "skip-stretch", atMs: t0 + 101_000 },
  { type: "tick", atMs: t0 + 700_000 },
  { type: "pain", atMs: t0 + 701_000, note: "lower back" },
  { type: "tick", atMs: t0 + 2_000_000 },
];
let state = stretchkit.startPlayer(session, t0);
const trail = [];
for (const event of events) {
  state = stretchkit.advancePlayer(state, event);
  const progress = stretchkit.playerProgress(state);
  trail.push([event.type, state.status, progress.step?.kind ?? null, progress.step?.stretchId ?? null, progress.positionMs]);
}
const record = stretchkit.toSessionRecord(state, { id: "played-nov-04", date: "2026-11-04" });

const plan = stretchkit.planSessions(stretchkit.backSpasmRoutine, { start: "2026-11-02", weeks: 2 });
const done = (id, date) => ({ id, routineId: plan.routineId, date, status: "completed", pain: [] });
const records = [
  done("nov-02", "2026-11-02"),
  record,
  done("nov-06", "2026-11-06"),
  done("nov-09", "2026-11-09"),
  done("nov-09", "2026-11-10"),
  done("nov-20", "2026-11-20"),
];
const report = stretchkit.calculateAdherence({ plan, records, asOf: "2026-11-13" });

const caught = (run) => {
  try {
    run();
    return "no error";
  } catch (error) {
    if (!(error instanceof stretchkit.StretchKitError)) return "not a StretchKitError: " + String(error);
    return {
      isError: error instanceof Error,
      name: error.name,
      code: error.code,
      issues: error.issues.map((issue) => [issue.path.join("."), issue.code]),
    };
  }
};

const result = {
  stretch: { name: quads.name, position: quads.position, repetitions: quads.repetitions, endsOnUser: quads.hold.endsOnUser },
  session: { totalMs: session.totalMs, steps: session.steps.length, cues: session.cues.length, firstText: session.steps[0].text },
  now: { kind: now.step.kind, stretchId: now.step.stretchId, remainingInStepMs: now.remainingInStepMs },
  trail,
  record,
  plan: { end: plan.end, holdMsPerSession: plan.holdMsPerSession, sessions: plan.sessions.map((s) => s.date) },
  report,
  errors: {
    unknownStretch: caught(() => stretchkit.getStretch("forward-rol")),
    badStretch: caught(() => stretchkit.defineStretch({ ...quads, id: "my-quads", repetitions: { min: 5, max: 3 }, position: "upside-down" })),
    eventAfterFinish: caught(() => stretchkit.advancePlayer(state, { type: "skip", atMs: t0 + 3_000_000 })),
    badAsOf: caught(() => stretchkit.calculateAdherence({ plan, records, asOf: "2026-02-30" })),
    badRecord: caught(() => stretchkit.calculateAdherence({ plan, records: [{ ...record, date: "2026-11-31" }], asOf: "2026-11-13" })),
  },
};
`;

interface Run {
  /** The file that "stretchkit" resolved to. */
  readonly entry: string;
  /** The scenario's `result`, through JSON. */
  readonly result: Record<string, unknown>;
}

const runs = new Map<string, Run>();

/** Runs the scenario in the scratch app as an ES module ("esm") or a CommonJS module ("cjs"), once. */
function runNode(kind: "esm" | "cjs"): Run {
  let run = runs.get(kind);
  if (run === undefined) {
    const source =
      kind === "esm"
        ? `import * as stretchkit from "stretchkit";\n${scenario}\nconsole.log(JSON.stringify({ entry: import.meta.resolve("stretchkit"), result }));\n`
        : `const stretchkit = require("stretchkit");\n${scenario}\nconsole.log(JSON.stringify({ entry: require.resolve("stretchkit"), result }));\n`;
    run = JSON.parse(scratch.run(`consumer/${kind}.${kind === "esm" ? "mjs" : "cjs"}`, source)) as Run;
    runs.set(kind, run);
  }
  return run;
}

// --- TypeScript -------------------------------------------------------------------------------

/** One error that tsc reported: the file (relative to the consumer folder), its line, code and text. */
interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

interface TscResult {
  readonly exitCode: number;
  readonly diagnostics: readonly Diagnostic[];
  /** Every file of the program (`--listFiles`), absolute. */
  readonly files: readonly string[];
}

/** The strictest settings the repo itself uses, so that our .d.ts are read as the pickiest app reads them. */
const strict = {
  target: "es2022",
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noPropertyAccessFromIndexSignature: true,
  noImplicitOverride: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  skipLibCheck: false,
  noEmit: true,
};

// zod's declarations name the global `URL`, so a program needs DOM or Node types for them to
// check with skipLibCheck false: the node16 app has @types/node (from the repo), the bundler app DOM.
const projects = {
  node16: {
    compilerOptions: {
      ...strict,
      module: "node16",
      moduleResolution: "node16",
      lib: ["es2022"],
      types: ["node"],
      typeRoots: [join(root, "node_modules", "@types")],
    },
    files: [
      "typed-esm.mts",
      "typed-cjs.cts",
      "typed-exports-esm.mts",
      "typed-exports-cjs.cts",
      "misspelled.mts",
      "misspelled.cts",
    ],
  },
  bundler: {
    compilerOptions: { ...strict, module: "esnext", moduleResolution: "bundler", lib: ["es2022", "dom"], types: [] },
    files: ["typed-bundler.ts", "typed-exports-bundler.ts", "misspelled.ts"],
  },
} as const;

// Files that must fail, each on line 3 only: the same call without the @ts-expect-error directive.
const misspelled = {
  "misspelled.mts": 'import { getStretch } from "stretchkit";\n\nexport const roll = getStretch("forward-rol");\n',
  "misspelled.cts": 'import stretchkit = require("stretchkit");\n\nexport = stretchkit.getStretch("forward-rol");\n',
  "misspelled.ts": 'import { getStretch } from "stretchkit";\n\nexport const roll = getStretch("forward-rol");\n',
};

const misspelledError = (file: string): Diagnostic => ({
  file,
  line: 3,
  code: "TS2345",
  // The error names every built-in id, so the fix is in the message.
  message: `Argument of type '"forward-rol"' is not assignable to parameter of type '"forward-roll" | "sideways-reach" | "spine-rotation" | "gluteal-stretch" | "quadriceps-stretch"'.`,
});

/** Runs the repo's tsc on a project of the consumer folder (plain output, every file listed). */
function tsc(project: keyof typeof projects): Promise<TscResult> {
  const args = [join(root, "node_modules/typescript/bin/tsc"), "-p", `tsconfig.${project}.json`];
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [...args, "--pretty", "false", "--listFiles"],
      { cwd: consumerDir, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => {
        if (error !== null && typeof error.code !== "number") return fail(error);
        const diagnostics: Diagnostic[] = [];
        const files: string[] = [];
        for (const line of stdout.split("\n")) {
          const match = /^(.+)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
          const last = diagnostics.at(-1);
          if (match !== null) {
            const [, file = "", at = "0", code = "", message = ""] = match;
            diagnostics.push({ file, line: Number(at), code, message });
          } else if (/^\s/.test(line) && last !== undefined) {
            diagnostics[diagnostics.length - 1] = { ...last, message: `${last.message}\n${line.trim()}` };
          } else if (line !== "") {
            files.push(line);
          }
        }
        done({ exitCode: error === null ? 0 : Number(error.code), diagnostics, files });
      },
    );
  });
}

let typecheck: { readonly [P in keyof typeof projects]: Promise<TscResult> };

/** The stretchkit declaration files a program read, relative to the app's node_modules. */
const declarationsOf = (result: TscResult): string[] =>
  result.files
    .filter((file) => file.includes("/node_modules/stretchkit/"))
    .map((file) => file.slice(file.indexOf("stretchkit/")))
    .sort();

/**
 * The declarations of the entries (`index`, `ical`, `fhir`, `csv`) a program read, and whether
 * every other one it read is a shared chunk of them (tsup names those `<module>-<hash>.d.ts`).
 */
const entryDeclarationsOf = (result: TscResult): { entries: string[]; othersAreChunks: boolean } => {
  const all = declarationsOf(result);
  const entry = /^stretchkit\/dist\/(?:index|ical|fhir|csv)\.d\.c?ts$/;
  const chunk = /^stretchkit\/dist\/[a-z-]+-[A-Za-z0-9_-]{8}\.d\.c?ts$/;
  const others = all.filter((file) => !entry.test(file));
  return { entries: all.filter((file) => entry.test(file)), othersAreChunks: others.every((file) => chunk.test(file)) };
};

beforeAll(() => {
  for (const file of readdirSync(join(import.meta.dirname, "fixtures"))) {
    scratch.write(`consumer/${file}`, readFileSync(join(import.meta.dirname, "fixtures", file), "utf8"));
  }
  for (const [file, source] of Object.entries(misspelled)) scratch.write(`consumer/${file}`, source);
  for (const [name, project] of Object.entries(projects)) {
    scratch.write(`consumer/tsconfig.${name}.json`, JSON.stringify(project, null, 2));
  }
  // Both tsc runs start now, in parallel, while the Node rows run.
  typecheck = { node16: tsc("node16"), bundler: tsc("bundler") };
});

// --- Node -------------------------------------------------------------------------------------

describe("Node ESM and CJS: one consumer program on both builds", () => {
  it("an ES module's import resolves to dist/index.js and runs the scenario end to end", () => {
    const { entry, result } = runNode("esm");
    expect(entry).toMatch(/\/node_modules\/stretchkit\/dist\/index\.js$/);
    expect(result).toMatchObject({
      stretch: { name: "Quadriceps stretch", position: "standing", repetitions: { min: 3, max: 4 }, endsOnUser: true },
      session: { totalMs: 970_000, firstText: "Forward roll. Sit up straight and let your spine grow long." },
      now: { kind: "hold", stretchId: "forward-roll", remainingInStepMs: 10_000 },
      trail: [
        ["tick", "running", "hold", "forward-roll", 25_000],
        ["release", "running", "release", "forward-roll", 35_000],
        ["pause", "paused", "stretch", "forward-roll", 48_000],
        ["resume", "running", "stretch", "forward-roll", 48_000],
        ["skip-stretch", "running", "prepare", "sideways-reach", 110_000],
        ["tick", "running", "hold", "gluteal-stretch", 709_000],
        ["pain", "running", "prepare", "quadriceps-stretch", 755_000],
        ["tick", "finished", null, null, 970_000],
      ],
      record: {
        id: "played-nov-04",
        routineId: "back-spasm-stretches",
        status: "completed",
        startedAtMs: 1_795_600_000_000,
        endedAtMs: 1_795_600_916_000,
        pain: [{ stretchId: "gluteal-stretch", side: "right", atMs: 1_795_600_701_000, note: "lower back" }],
      },
      plan: { end: "2026-11-15", holdMsPerSession: 540_000 },
      report: {
        sessionAdherence: { value: 1, numerator: 3, denominator: 3 },
        weeks: [
          { met: true, pending: false },
          { completed: 1, met: false, pending: true },
        ],
        classification: "insufficient-data",
        ignored: [
          { index: 4, id: "nov-09", reason: "duplicate" },
          { index: 5, id: "nov-20", reason: "future" },
        ],
      },
    });
    // The hold let go of at 12 s is held, not skipped; the two holds after skip-stretch are skipped.
    expect((result["record"] as { holds: unknown[] }).holds.slice(0, 3)).toEqual([
      { stretchId: "forward-roll", side: null, repetition: 1, plannedMs: 20_000, achievedMs: 12_000, skipped: false },
      { stretchId: "forward-roll", side: null, repetition: 2, plannedMs: 20_000, achievedMs: 0, skipped: true },
      { stretchId: "forward-roll", side: null, repetition: 3, plannedMs: 20_000, achievedMs: 0, skipped: true },
    ]);
  });

  it("every refused input throws a StretchKitError that `instanceof` catches, with its code and issue paths", () => {
    const refused = (code: string, issues: string[][]) => ({ isError: true, name: "StretchKitError", code, issues });
    expect(runNode("esm").result["errors"]).toEqual({
      unknownStretch: refused("unknown_stretch", [["", "unknown_stretch"]]),
      badStretch: refused("invalid_stretch", [
        ["position", "invalid_value"],
        ["repetitions.min", "min_above_max"],
      ]),
      eventAfterFinish: refused("invalid_state", [["type", "invalid_state"]]),
      badAsOf: refused("invalid_date", [["asOf", "invalid_format"]]),
      badRecord: refused("invalid_record", [["records.0.date", "invalid_format"]]),
    });
  });

  it("a CommonJS module's require resolves to dist/index.cjs and prints the same JSON as the ES module", () => {
    const cjs = runNode("cjs");
    expect(cjs.entry).toMatch(/\/node_modules\/stretchkit\/dist\/index\.cjs$/);
    expect(cjs.result).toEqual(runNode("esm").result);
  });

  it("an error thrown by either build is `instanceof StretchKitError` of the other build", () => {
    // An app that imports stretchkit and also has a CommonJS dependency that requires it loads
    // both builds, so two StretchKitError classes; the class's Symbol.hasInstance reads a mark
    // registered with Symbol.for, which both builds share.
    const out = scratch.run(
      "consumer/both-builds.mjs",
      `import { createRequire } from "node:module";
import * as esm from "stretchkit";
const cjs = createRequire(import.meta.url)("stretchkit");
const thrown = (build) => { try { build.getStretch("forward-rol"); } catch (error) { return error; } };
const fromCjs = thrown(cjs);
const fromEsm = thrown(esm);
console.log(JSON.stringify({
  twoClasses: esm.StretchKitError !== cjs.StretchKitError,
  cjsErrorInEsm: fromCjs instanceof esm.StretchKitError,
  esmErrorInCjs: fromEsm instanceof cjs.StretchKitError,
  plainErrorInEither: new Error("x") instanceof esm.StretchKitError || new Error("x") instanceof cjs.StretchKitError,
  name: fromCjs.name, code: fromCjs.code, isError: fromCjs instanceof Error,
}));
`,
    );
    expect(JSON.parse(out)).toEqual({
      twoClasses: true,
      cjsErrorInEsm: true,
      esmErrorInCjs: true,
      plainErrorInEither: false,
      name: "StretchKitError",
      code: "unknown_stretch",
      isError: true,
    });
  });

  it("exports the root, the three subpaths and package.json only: a deep import of dist (a chunk too) is refused by both import and require", () => {
    const chunk = readdirSync(join(app, "node_modules", "stretchkit", "dist")).find((name) =>
      /^chunk-.*\.js$/.test(name),
    );
    const out = scratch.run(
      "consumer/deep-imports.mjs",
      `import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const pkg = await import("stretchkit/package.json", { with: { type: "json" } });
const code = async (specifier) => import(specifier).then(() => "loaded", (error) => error.code);
const required = (specifier) => { try { require(specifier); return "loaded"; } catch (error) { return error.code; } };
console.log(JSON.stringify({
  name: pkg.default.name,
  deepImport: await code("stretchkit/dist/index.js"),
  deepRequire: required("stretchkit/dist/index.cjs"),
  subpathFile: await code("stretchkit/dist/ical.js"),
  chunk: await code("stretchkit/dist/${chunk}"),
  unknownSubpath: await code("stretchkit/json"),
  subpaths: [await code("stretchkit/ical"), await code("stretchkit/fhir"), await code("stretchkit/csv")],
}));
`,
    );
    expect(JSON.parse(out)).toEqual({
      name: "stretchkit",
      deepImport: "ERR_PACKAGE_PATH_NOT_EXPORTED",
      deepRequire: "ERR_PACKAGE_PATH_NOT_EXPORTED",
      subpathFile: "ERR_PACKAGE_PATH_NOT_EXPORTED",
      chunk: "ERR_PACKAGE_PATH_NOT_EXPORTED",
      unknownSubpath: "ERR_PACKAGE_PATH_NOT_EXPORTED",
      subpaths: ["loaded", "loaded", "loaded"],
    });
  });

  it("ships only dist, the command line in bin, package.json, README and the licence", () => {
    const shipped = readdirSync(join(app, "node_modules", "stretchkit")).sort();
    expect(shipped).toEqual(expect.arrayContaining(["bin", "dist", "package.json", "README.md"]));
    expect(
      shipped.filter((name) => !["bin", "dist", "package.json", "README.md", "LICENSE", "CHANGELOG.md"].includes(name)),
    ).toEqual([]);
    // One file per entry and format, and the chunks they share (tsup names them by a content hash);
    // the locale packs in a folder of their own.
    const dist = readdirSync(join(app, "node_modules", "stretchkit", "dist")).sort();
    const formats = ["cjs", "d.cts", "d.ts", "js"];
    const entries = ["csv", "fhir", "ical", "index"].flatMap((name) => formats.map((format) => `${name}.${format}`));
    expect(dist.filter((file) => entries.includes(file))).toEqual(entries.sort());
    expect(readdirSync(join(app, "node_modules", "stretchkit", "dist", "locales")).sort()).toEqual(
      ["de", "es", "fr"].flatMap((tag) => formats.map((format) => `${tag}.${format}`)).sort(),
    );
    expect(readdirSync(join(app, "node_modules", "stretchkit", "bin"))).toEqual(["stretchkit.mjs"]);
    const shared = dist.filter((file) => !entries.includes(file) && file !== "locales");
    expect(
      shared.filter((file) => !/^(?:chunk-[A-Z0-9]{8}\.c?js|[a-z-]+-[A-Za-z0-9_-]{8}\.d\.c?ts)$/.test(file)),
    ).toEqual([]);
    expect(shared.filter((file) => file.endsWith(".js")).length).toBe(
      shared.filter((file) => file.endsWith(".cjs")).length,
    );
  });
});

// --- Subpaths: stretchkit/ical, stretchkit/fhir, stretchkit/csv ---------------------------------

const exportsScenario = `
const plan = stretchkit.planSessions(stretchkit.backSpasmRoutine, { start: "2026-11-02", weeks: 2 });
const record = {
  id: "nov-04", routineId: plan.routineId, date: "2026-11-04", startedAtMs: 1793777400000, endedAtMs: 1793778370000,
  status: "completed", pain: [{ stretchId: "quadriceps-stretch", side: "left", score: 3, note: "=sharp, \\"stabbing\\"" }],
};
const report = stretchkit.calculateAdherence({ plan, records: [record], asOf: "2026-11-10" });
const fhirOptions = { patient: "Patient/123", system: "https://example.org/fhir/CodeSystem/stretching" };
const thrown = (run) => {
  try {
    run();
    return "no error";
  } catch (error) {
    return {
      instanceOfRoot: error instanceof stretchkit.StretchKitError,
      sameClass: error.constructor === stretchkit.StretchKitError,
      code: error.code,
      paths: error.issues.map((issue) => issue.path.join(".")),
    };
  }
};
const result = {
  ics: ical.planToICalendar(plan, { routine: stretchkit.backSpasmRoutine, dtstampMs: 1793000000000, timeOfDay: "07:30" }),
  carePlan: fhir.planToCarePlan(plan, { patient: fhirOptions.patient, routine: stretchkit.backSpasmRoutine }),
  observations: fhir.recordToObservations(record, fhirOptions),
  bundle: fhir.reportToBundle(report, fhirOptions),
  pain: csv.recordsToCsv([record], { table: "pain" }),
  weeks: csv.reportToCsv(report, { table: "weeks" }),
  errors: {
    ical: thrown(() => ical.planToICalendar(plan, { routine: stretchkit.backSpasmRoutine, dtstampMs: 1.5 })),
    fhir: thrown(() => fhir.planToCarePlan(plan, { patient: "Patient/1 2", routine: stretchkit.backSpasmRoutine })),
    csv: thrown(() => csv.recordsToCsv([{ id: "x" }], { table: "holds" })),
  },
};
`;

const SUBPATHS = ["ical", "fhir", "csv"] as const;

/** Runs the subpaths' scenario as an ES module or a CommonJS module: the files each subpath resolved to, and the result. */
function runExports(kind: "esm" | "cjs"): { readonly entries: string[]; readonly result: Record<string, unknown> } {
  const load =
    kind === "esm"
      ? `import * as stretchkit from "stretchkit";\n${SUBPATHS.map((name) => `import * as ${name} from "stretchkit/${name}";`).join("\n")}`
      : `const stretchkit = require("stretchkit");\n${SUBPATHS.map((name) => `const ${name} = require("stretchkit/${name}");`).join("\n")}`;
  const resolve = kind === "esm" ? "import.meta.resolve" : "require.resolve";
  const entries = `[${SUBPATHS.map((name) => `${resolve}("stretchkit/${name}")`).join(", ")}]`;
  const source = `${load}\n${exportsScenario}\nconsole.log(JSON.stringify({ entries: ${entries}, result }));\n`;
  return JSON.parse(scratch.run(`consumer/exports.${kind === "esm" ? "mjs" : "cjs"}`, source));
}

describe("the subpaths stretchkit/ical, stretchkit/fhir and stretchkit/csv, from Node ESM and CJS", () => {
  const esm = runExports("esm");
  const cjs = runExports("cjs");

  it("resolve to dist/<subpath>.js for import and dist/<subpath>.cjs for require", () => {
    expect(esm.entries.map((entry) => entry.slice(entry.indexOf("/node_modules/")))).toEqual(
      SUBPATHS.map((name) => `/node_modules/stretchkit/dist/${name}.js`),
    );
    expect(cjs.entries.map((entry) => entry.slice(entry.indexOf("/node_modules/")))).toEqual(
      SUBPATHS.map((name) => `/node_modules/stretchkit/dist/${name}.cjs`),
    );
  });

  it("write a calendar, FHIR resources and CSV tables, the same from both builds", () => {
    const { ics, carePlan, observations, bundle, pain, weeks } = esm.result as {
      ics: string;
      carePlan: unknown;
      observations: { id: string }[];
      bundle: unknown;
      pain: string;
      weeks: string;
    };
    expect(ics.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(6);
    expect(ics).toContain("\r\nDTSTART:20261102T073000\r\nDURATION:PT16M10S\r\n");
    expect(carePlan).toMatchObject({ resourceType: "CarePlan", status: "active", intent: "plan" });
    expect(observations.map((observation) => observation.id)).toEqual(["nov-04", "nov-04-pain-1"]);
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    expect(pain.split("\r\n")[1]).toBe(
      '"nov-04","back-spasm-stretches","2026-11-04","quadriceps-stretch","left",,3,"\'=sharp, ""stabbing"""',
    );
    expect(weeks.split("\r\n")[0]).toBe('"week_start","week_end","target","completed","met","pending"');
    expect(cjs.result).toEqual(esm.result);
  });

  it("throw the StretchKitError class of stretchkit itself, one class per format, with codes and paths", () => {
    const refused = (code: string, paths: string[]) => ({ instanceOfRoot: true, sameClass: true, code, paths });
    const expected = {
      ical: refused("invalid_options", ["dtstampMs"]),
      fhir: refused("invalid_options", ["patient"]),
      csv: refused("invalid_record", ["0.routineId", "0.date", "0.status"]),
    };
    expect(esm.result["errors"]).toEqual(expected);
    expect(cjs.result["errors"]).toEqual(expected);
  });
});

// --- TypeScript -------------------------------------------------------------------------------

describe("TypeScript consumers: tsc --noEmit, strict, skipLibCheck false (our .d.ts and zod's checked too)", () => {
  it("node16: .mts and .cts consumers of the root and the subpaths compile clean, each format reading its own declarations", async () => {
    const result = await typecheck.node16;
    expect(result.diagnostics.filter((error) => !error.file.startsWith("misspelled."))).toEqual([]);
    expect(result.files.filter((file) => /\/consumer\/typed-/.test(file)).length).toBe(4);
    expect(entryDeclarationsOf(result)).toEqual({
      entries: ["cjs", "ts"]
        .flatMap((format) =>
          ["csv", "fhir", "ical", "index"].map(
            (name) => `stretchkit/dist/${name}.d.${format === "cjs" ? "cts" : "ts"}`,
          ),
        )
        .sort(),
      othersAreChunks: true,
    });
  });

  it('node16: getStretch("forward-rol") is error TS2345 against BuiltInStretchId, in an .mts and a .cts', async () => {
    const result = await typecheck.node16;
    expect(result.exitCode).toBe(2);
    const errors = result.diagnostics.filter((error) => error.file.startsWith("misspelled."));
    expect(errors.sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      misspelledError("misspelled.cts"),
      misspelledError("misspelled.mts"),
    ]);
  });

  it("bundler (module esnext): .ts consumers of the root and the subpaths compile clean, reading the ESM declarations only", async () => {
    const result = await typecheck.bundler;
    expect(result.diagnostics.filter((error) => !error.file.startsWith("misspelled."))).toEqual([]);
    expect(result.files.filter((file) => /\/consumer\/typed-/.test(file)).length).toBe(2);
    expect(entryDeclarationsOf(result)).toEqual({
      entries: ["csv", "fhir", "ical", "index"].map((name) => `stretchkit/dist/${name}.d.ts`),
      othersAreChunks: true,
    });
    expect(declarationsOf(result).filter((file) => file.endsWith(".d.cts"))).toEqual([]);
  });

  it('bundler: getStretch("forward-rol") is error TS2345 against BuiltInStretchId', async () => {
    const result = await typecheck.bundler;
    expect(result.exitCode).toBe(2);
    expect(result.diagnostics.filter((error) => error.file.startsWith("misspelled."))).toEqual([
      misspelledError("misspelled.ts"),
    ]);
  });
});

// --- Browser ----------------------------------------------------------------------------------

describe("a browser bundle made by esbuild", () => {
  let bundle: Promise<{ readonly code: string; readonly inputs: readonly string[] }>;
  beforeAll(() => {
    scratch.write(
      "consumer/browser.mjs",
      `import * as stretchkit from "stretchkit";\n${scenario}\nglobalThis.stretchkitResult = JSON.stringify(result);\n`,
    );
    bundle = build({
      entryPoints: ["browser.mjs"],
      absWorkingDir: consumerDir,
      bundle: true,
      platform: "browser",
      format: "iife",
      write: false,
      metafile: true,
      logLevel: "silent",
    }).then((result) => ({ code: result.outputFiles[0]?.text ?? "", inputs: Object.keys(result.metafile.inputs) }));
  });

  it("takes the ESM build and mentions no process, require(, Buffer, __dirname or module.exports", async () => {
    const { code, inputs } = await bundle;
    const own = inputs.filter((input) => input.includes("node_modules/stretchkit/"));
    expect(own).toContain("../node_modules/stretchkit/dist/index.js");
    expect(own.filter((input) => !/\/dist\/(?:index|chunk-[A-Z0-9]{8})\.js$/.test(input))).toEqual([]);
    expect(inputs.some((input) => input.includes("node_modules/zod/"))).toBe(true);
    expect(code).not.toMatch(/\bprocess\b/);
    expect(code).not.toContain("require(");
    expect(code).not.toMatch(/\bBuffer\b|\b__dirname\b|\bmodule\.exports\b/);
  });

  it("runs in a fresh vm context without Node's globals and sets the same JSON on globalThis as Node", async () => {
    const { code } = await bundle;
    const context = vmContext({});
    expect(
      runInContext(
        "[typeof require, typeof process, typeof Buffer, typeof module, typeof global, typeof setTimeout]",
        context,
      ),
    ).toEqual(["undefined", "undefined", "undefined", "undefined", "undefined", "undefined"]);
    runInContext(code, context, { filename: "bundle.js", timeout: 10_000 });
    const out: unknown = context["stretchkitResult"];
    expect(typeof out).toBe("string");
    expect(JSON.parse(out as string)).toEqual(runNode("esm").result);
  });
});

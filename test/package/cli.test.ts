import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type * as Stretchkit from "../../src/index.js";
import { openScratch } from "./scratch.js";

// The command line as a user runs it: `node_modules/.bin/stretchkit` of the scratch app, where
// the packed tarball is installed (so the shebang, the executable bit, the `bin` field and the
// self-import of "stretchkit" through the `exports` map are all part of the test). Every run
// checks its exit code, its stdout and its stderr.

const app = inject("scratchDir");
const scratch = openScratch(app);
const bin = join(app, "node_modules", ".bin", "stretchkit");

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the installed `stretchkit` with `args` from the app's folder, with `input` on stdin (default: none). */
function stretchkit(args: readonly string[], input = ""): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: app, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** The README's routine with two errors and one warning. */
const invalidRoutine = `{
  "id": "my-back-routine",
  "name": "My back routine",
  "benefits": [],
  "items": [
    { "stretchId": "forward-roll", "repetitions": 5, "holdSeconds": 20 },
    { "stretchId": "sideways-reach", "repetitions": 30, "holdSeconds": 20 },
    { "stretchId": "forward-rol", "repetitions": 3, "holdSeconds": 20 }
  ],
  "frequency": { "sessionsPerWeek": { "min": 3, "max": 4 }, "sessionsPerDay": { "min": 1, "max": 2 } },
  "companions": []
}
`;

/** The same routine, corrected: valid, with the warning left. */
const validRoutine = invalidRoutine
  .replace('"repetitions": 30', '"repetitions": 3')
  .replace('forward-rol"', 'spine-rotation"');

const invalidReport = [
  "routines/invalid.json: not a valid routine (2 issues, 1 warning)",
  "  items[1].repetitions: must be at most 20 (too_big)",
  '  items[2].stretchId: "forward-rol" is not a stretch of the catalog (unknown_stretch)',
  '  warning: items[0].repetitions: 5 repetitions is outside the 3 to 4 of the stretch "forward-roll" (repetitions_outside_range)',
  "",
].join("\n");

/** The library as installed in the app (its ESM build), to compare the CLI's output with. */
let lib: typeof Stretchkit;

beforeAll(async () => {
  scratch.write("routines/invalid.json", invalidRoutine);
  scratch.write("routines/valid.json", validRoutine);
  scratch.write("routines/seed.json", JSON.stringify((await installed()).backSpasmRoutine));
  scratch.write("routines/broken.json", '{ "id": "my-back-routine", ');
  lib = await installed();
});

async function installed(): Promise<typeof Stretchkit> {
  return (await import(pathToFileURL(join(app, "node_modules/stretchkit/dist/index.js")).href)) as typeof Stretchkit;
}

describe("stretchkit validate <file>", () => {
  it("a valid routine: one OK line with the routine's id and item count, exit 0", async () => {
    expect(await stretchkit(["validate", "routines/seed.json"])).toEqual({
      code: 0,
      stdout: 'OK routines/seed.json: routine "back-spasm-stretches", 5 items\n',
      stderr: "",
    });
  });

  it("a valid routine with a warning: the OK line counts it and the warning follows, exit 0", async () => {
    expect(await stretchkit(["validate", "routines/valid.json"])).toEqual({
      code: 0,
      stdout: [
        'OK routines/valid.json: routine "my-back-routine", 3 items, 1 warning',
        '  warning: items[0].repetitions: 5 repetitions is outside the 3 to 4 of the stretch "forward-roll" (repetitions_outside_range)',
        "",
      ].join("\n"),
      stderr: "",
    });
  });

  it("an invalid routine: every issue with its path and code, then the warnings, exit 1", async () => {
    expect(await stretchkit(["validate", "routines/invalid.json"])).toEqual({
      code: 1,
      stdout: invalidReport,
      stderr: "",
    });
  });

  it("a missing file: a message on stderr, nothing on stdout, exit 2", async () => {
    expect(await stretchkit(["validate", "routines/missing.json"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "stretchkit: cannot read routines/missing.json: no such file\n",
    });
  });

  it("a file that is not JSON: a message on stderr with the parser's reason, exit 2", async () => {
    const run = await stretchkit(["validate", "routines/broken.json"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^stretchkit: routines\/broken\.json is not JSON: .+\n$/);
  });

  it("- reads standard input: the same report, for standard input", async () => {
    expect(await stretchkit(["validate", "-"], invalidRoutine)).toEqual({
      code: 1,
      stdout: invalidReport.replace("routines/invalid.json", "standard input"),
      stderr: "",
    });
    expect(await stretchkit(["validate", "-"], validRoutine)).toMatchObject({ code: 0, stderr: "" });
  });

  it("no file or two files: a usage error, exit 2", async () => {
    for (const args of [["validate"], ["validate", "a.json", "b.json"]]) {
      const run = await stretchkit(args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain("Usage:");
    }
  });
});

describe("stretchkit session [file]", () => {
  it("prints the built-in routine's timeline: m:ss, duration, kind and text per step, then the total 16:10", async () => {
    const run = await stretchkit(["session"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      " 0:00  10 s  prepare      Forward roll. Sit up straight and let your spine grow long.",
      " 0:10   5 s  stretch      Repetition 1 of 3. Curl your upper body forward and take hold of your ankles, drawing on them until you feel a stretch in your back that causes no more than a little discomfort.",
      " 0:15  20 s  hold         Breathe in and hold for as long as is comfortable, about 20 seconds.",
      " 0:35   5 s  release      Breathe out and return to the starting position.",
    ]);
    expect(lines.slice(-3)).toEqual([
      "16:05   5 s  release      Breathe out and return to the starting position.",
      "total 16:10 (108 steps)",
      "",
    ]);
    expect(lines).toHaveLength(lib.scheduleSession(lib.backSpasmRoutine).steps.length + 2);
  });

  it("--json prints the step list of scheduleSession(backSpasmRoutine)", async () => {
    const run = await stretchkit(["session", "--json"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const steps = JSON.parse(run.stdout) as unknown[];
    const expected = lib.scheduleSession(lib.backSpasmRoutine).steps;
    expect(steps).toHaveLength(expected.length);
    expect(steps[0]).toEqual(expected[0]);
    expect(steps).toEqual(expected);
    expect(run.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it("a routine file, with timing flags (--flag value and --flag=value): the library's session", async () => {
    const run = await stretchkit([
      "session",
      "routines/seed.json",
      "--hold-seconds",
      "30",
      "--repetitions=max",
      "--first-side",
      "right",
      "--json",
    ]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const expected = lib.scheduleSession(lib.backSpasmRoutine, {
      holdSeconds: 30,
      repetitions: "max",
      firstSide: "right",
    });
    expect(JSON.parse(run.stdout)).toEqual(expected.steps);
  });

  it("a valid routine with a warning: the timeline on stdout, the warning on stderr", async () => {
    const run = await stretchkit(["session", "routines/valid.json"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ 0:00 {2}10 s {2}prepare {6}Forward roll\./);
    expect(run.stderr).toBe(
      "stretchkit: routines/valid.json: 1 warning\n" +
        '  warning: items[0].repetitions: 5 repetitions is outside the 3 to 4 of the stretch "forward-roll" (repetitions_outside_range)\n',
    );
  });

  it("a flag value the library refuses: its issues, named by the flags, on stderr, exit 1", async () => {
    expect(await stretchkit(["session", "--hold-seconds", "0"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "stretchkit: invalid schedule options (1 issue)\n  --hold-seconds: must be at least 1 (too_small)\n",
    });
    expect(await stretchkit(["session", "--hold-seconds", "long", "--repetitions", "most"])).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "stretchkit: invalid schedule options (2 issues)\n" +
        "  --hold-seconds: expected a value of type number (invalid_type)\n" +
        '  --repetitions: must be one of "min", "max" (invalid_value)\n',
    });
  });

  it("an invalid routine file: its issues on stderr, nothing on stdout, exit 1", async () => {
    const run = await stretchkit(["session", "routines/invalid.json"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n").slice(0, 3)).toEqual([
      "stretchkit: routines/invalid.json is not a valid routine (2 issues)",
      "  items[1].repetitions: must be at most 20 (too_big)",
      '  items[2].stretchId: "forward-rol" is not a stretch of the catalog (unknown_stretch)',
    ]);
  });

  it("--locale de prints the timeline in German, from the stretchkit/locales/de pack", async () => {
    const run = await stretchkit(["session", "--locale", "de"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout.split("\n")[0]).toBe(
      " 0:00  10 s  prepare      Rumpfbeuge nach vorn. Setzen Sie sich aufrecht hin und machen Sie Ihre Wirbelsäule lang.",
    );
    expect((await stretchkit(["session", "--locale=fr"])).stdout).toContain("Inspirez et maintenez la position");
    expect(await stretchkit(["session", "--locale", "xx"])).toMatchObject({ code: 2, stdout: "" });
  });

  it("an unknown flag or a flag without its value: a usage error, exit 2", async () => {
    for (const args of [
      ["session", "--speed", "2"],
      ["session", "--hold-seconds"],
      ["validate", "--json", "-"],
    ]) {
      const run = await stretchkit(args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stdout, args.join(" ")).toBe("");
      expect(run.stderr, args.join(" ")).toMatch(
        /^stretchkit: (unknown option --\w+ for \w+|--hold-seconds needs a value)\n\nUsage:\n/,
      );
    }
  });
});

describe("stretchkit --help, --version", () => {
  it("--help and no arguments print the usage on stdout, exit 0", async () => {
    const help = await stretchkit(["--help"]);
    expect(help).toMatchObject({ code: 0, stderr: "" });
    expect(help.stdout).toMatch(
      /^Usage:\n {2}stretchkit validate <routine\.json>.*\n {2}stretchkit session \[routine\.json\]/,
    );
    for (const option of ["--json", "--hold-seconds", "--repetitions", "--first-side", "--locale"])
      expect(help.stdout).toContain(option);
    expect(await stretchkit([])).toEqual(help);
    expect(await stretchkit(["session", "--help"])).toEqual(help);
  });

  it("--version prints the installed package's version", async () => {
    const { version } = JSON.parse(readFileSync(join(app, "node_modules/stretchkit/package.json"), "utf8")) as {
      version: string;
    };
    expect(await stretchkit(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("an unknown command: a usage error on stderr, exit 2", async () => {
    const run = await stretchkit(["check", "routines/valid.json"]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toMatch(/^stretchkit: unknown command "check"\n\nUsage:\n/);
  });
});

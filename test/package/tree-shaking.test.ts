import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { describe, expect, inject, it } from "vitest";
import { stretches } from "../../src/index.js";

// What an app's bundler keeps when it imports a few names from the packed package. Each import is
// bundled by esbuild, with tree-shaking on and names kept (no identifier minification), so that
// the absence of a function or a text can be read off the bundle. Every "absent" check has a
// positive control: the bundle of the whole library contains the same marker.

const app = inject("scratchDir");

interface Bundle {
  readonly code: string;
  /** The files with code in the bundle (esbuild reads more, e.g. modules it then shakes off). */
  readonly inputs: readonly string[];
}

const bundles = new Map<string, Promise<Bundle>>();

/** Bundles `import <what> from "<from>"` as an app would (the ESM build, zod resolved in node_modules). */
function bundle(what: string, from = "stretchkit"): Promise<Bundle> {
  let made = bundles.get(`${from}:${what}`);
  if (made === undefined) {
    const use = what === "*" ? `import * as all from '${from}'; console.log(all);` : entryOf(what);
    made = build({
      stdin: { contents: use, resolveDir: app, loader: "js" },
      absWorkingDir: app,
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      treeShaking: true,
      minifySyntax: true,
      metafile: true,
      logLevel: "silent",
    }).then((result) => ({
      code: result.outputFiles[0]?.text ?? "",
      inputs: Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {})
        .filter(([, use]) => use.bytesInOutput > 0)
        .map(([input]) => input),
    }));
    bundles.set(`${from}:${what}`, made);
  }
  return made;
}

function entryOf(names: string): string {
  return `import { ${names} } from "stretchkit"; console.log(${names});`;
}

const isZod = (input: string): boolean => /(^|\/)node_modules\/zod\//.test(input);

/** Every text of the seed stretches: names, support, set-up and movement steps. */
const catalogTexts: readonly string[] = stretches.flatMap((stretch) => [
  stretch.name,
  ...stretch.support,
  ...stretch.setup,
  ...stretch.movement,
]);

/** Code that only the scheduler, the player, plans and adherence have, by the names of their functions. */
const areaMarkers = {
  scheduler: ["function scheduleSession(", "function fitRoutine(", "function buildSession("],
  "English cue texts": ["Left hand and leg", "Breathe out and return to the starting position."],
  languages: ["function defineLocale(", "function localizeStretch("],
  player: ["function startPlayer(", "function advancePlayer(", "function toSessionRecord(", "function playerProgress("],
  plan: ["function planSessions("],
  adherence: ["function calculateAdherence(", "function judgeWeeks(", "function clinicalFigures("],
} as const;

/** Texts that only the locale packs of the subpath exports hold: the core never carries them. */
const packTexts = ["Rumpfbeuge nach vorn", "Flexión de tronco hacia adelante", "Enroulement vers l’avant"];

describe("the controls: the whole library's bundle", () => {
  it("has zod, every seed text and every marker, so an absence below means something", async () => {
    const whole = await bundle("*");
    expect(whole.inputs.some(isZod)).toBe(true);
    for (const text of catalogTexts) expect(whole.code).toContain(text);
    for (const marker of Object.values(areaMarkers).flat()) expect(whole.code).toContain(marker);
  });

  it("carries no text of the German, Spanish or French pack: they are subpath exports", async () => {
    const whole = await bundle("*");
    expect(packTexts.filter((text) => whole.code.includes(text))).toEqual([]);
  });

  it("and a single validating import, e.g. defineStretch, has zod: the zod check can see it", async () => {
    expect((await bundle("defineStretch")).inputs.some(isZod)).toBe(true);
  });

  it("is empty for an import of nothing: no top-level code survives tree-shaking", async () => {
    const result = await build({
      stdin: { contents: 'import {} from "stretchkit";', resolveDir: app, loader: "js" },
      bundle: true,
      write: false,
      format: "esm",
      minify: true,
      logLevel: "silent",
    });
    expect(result.outputFiles[0]?.text.trim()).toBe("");
  });
});

describe("import { stepAt }", () => {
  it("carries no zod", async () => {
    expect((await bundle("stepAt")).inputs.filter(isZod)).toEqual([]);
  });

  it("carries no catalog text", async () => {
    const { code } = await bundle("stepAt");
    expect(catalogTexts.filter((text) => code.includes(text))).toEqual([]);
  });

  it("carries no scheduler builder, English texts, player, plan or adherence code", async () => {
    const { code } = await bundle("stepAt");
    expect(
      Object.values(areaMarkers)
        .flat()
        .filter((marker) => code.includes(marker)),
    ).toEqual([]);
  });
});

describe("import { stretches }", () => {
  it("carries no zod", async () => {
    expect((await bundle("stretches")).inputs.filter(isZod)).toEqual([]);
  });

  it("carries no scheduler, player, plan or adherence code", async () => {
    const { code } = await bundle("stretches");
    expect(
      Object.values(areaMarkers)
        .flat()
        .filter((marker) => code.includes(marker)),
    ).toEqual([]);
  });

  it("carries the seed texts themselves", async () => {
    const { code } = await bundle("stretches");
    expect(catalogTexts.filter((text) => !code.includes(text))).toEqual([]);
  });
});

describe("other imports that stay free of zod", () => {
  for (const names of [
    "getStretch",
    "StretchKitError",
    "routineJsonSchema",
    "startPlayer, advancePlayer, playerProgress",
  ]) {
    it(`import { ${names} } carries no zod`, async () => {
      expect((await bundle(names)).inputs.filter(isZod)).toEqual([]);
    });
  }

  it("import { startPlayer, advancePlayer } carries no scheduler builder, English texts, plan or adherence code", async () => {
    const { code } = await bundle("startPlayer, advancePlayer");
    const { scheduler, languages, plan, adherence } = areaMarkers;
    const foreign = [...scheduler, ...areaMarkers["English cue texts"], ...languages, ...plan, ...adherence];
    expect(foreign.filter((marker) => code.includes(marker))).toEqual([]);
  });
});

describe("the subpaths: the core never carries their code", () => {
  /** Code that only the exports have, by the names of their functions. */
  const exportMarkers = {
    ical: ["function planToICalendar(", "function foldLine("],
    fhir: ["function planToCarePlan(", "function recordToObservations(", "function reportToBundle("],
    csv: ["function recordsToCsv(", "function reportToCsv("],
  } as const;

  it("each subpath's bundle holds its own markers (the control)", async () => {
    for (const [name, markers] of Object.entries(exportMarkers)) {
      const { code } = await bundle("*", `stretchkit/${name}`);
      for (const marker of markers) expect(code, name).toContain(marker);
    }
  });

  it("the whole library's bundle, and so every import from stretchkit, holds none of them", async () => {
    const { code } = await bundle("*");
    expect(
      Object.values(exportMarkers)
        .flat()
        .filter((marker) => code.includes(marker)),
    ).toEqual([]);
  });
});

/** A group of .size-limit.json: an import of the root's ESM build (with zod), or one subpath's file alone. */
interface SizeCheck {
  readonly name: string;
  readonly import?: Record<string, string>;
  readonly path?: string;
  readonly disablePlugins?: readonly string[];
  readonly limit: string;
  readonly message: string;
}

describe("the size budgets (.size-limit.json)", () => {
  const all = JSON.parse(readFileSync(join(import.meta.dirname, "../../.size-limit.json"), "utf8")) as SizeCheck[];
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "../../package.json"), "utf8")) as {
    exports: Record<string, unknown>;
  };
  /** The subpaths of the package's `exports`, e.g. "ical" for "./ical". */
  const subpaths = Object.keys(pkg.exports)
    .filter((key) => key !== "." && key !== "./package.json")
    .map((key) => key.slice(2));
  const isSubpathGroup = (check: SizeCheck): boolean => check.path !== undefined;
  const checks = all.filter((check) => !isSubpathGroup(check));

  it("count zod in every budget of the root and give each a one-line reason", () => {
    for (const check of checks) {
      expect(check.message, check.name).toMatch(/^[^\n]{10,120}$/);
      const [entry] = Object.keys(check.import ?? {});
      // size-limit leaves peer dependencies out; naming "zod" among the imports puts it back in,
      // and `import {} from "zod"` adds nothing of its own (zod has no side effects).
      if (check.name.startsWith("own code")) expect(check.import, check.name).toEqual({ [entry ?? ""]: "*" });
      else if (entry === "dist/index.js")
        expect(check.import, check.name).toEqual({ [entry]: expect.any(String), zod: "{}" });
      else expect(entry, check.name).toMatch(/^dist\/[a-z/]+\.js$/);
    }
  });

  it("give every subpath export a budget of its own", () => {
    const exported = Object.keys(
      (JSON.parse(readFileSync(join(import.meta.dirname, "../../package.json"), "utf8")) as { exports: object })
        .exports,
    ).filter((path) => path !== "." && path !== "./package.json");
    const budgeted = all.flatMap((check) => [...Object.keys(check.import ?? {}), check.path ?? ""]);
    expect(exported.filter((path) => !budgeted.includes(`dist/${path.slice(2)}.js`))).toEqual([]);
  });

  it("cover every runtime export of the package in some group", async () => {
    const api = (await import(pathToFileURL(join(app, "node_modules/stretchkit/dist/index.js")).href)) as object;
    const budgeted = new Set(
      checks
        .flatMap((check) => (check.import?.["dist/index.js"] ?? "").replace(/[{}]/g, "").split(","))
        .map((n) => n.trim()),
    );
    expect(Object.keys(api).filter((name) => !budgeted.has(name))).toEqual([]);
  });

  it("measure each subpath's own file alone (no bundling: the shared chunks are the core's), at most 3 kB, with a reason", () => {
    const groups = all.filter(isSubpathGroup);
    expect(groups.map((check) => check.path).sort()).toEqual(subpaths.map((name) => `dist/${name}.js`).sort());
    for (const check of groups) {
      expect(check, check.name).toMatchObject({ disablePlugins: ["@size-limit/esbuild"] });
      expect(check, check.name).not.toHaveProperty("import");
      expect(check.limit, check.name).toMatch(/^(?:[0-2](?:\.\d+)?|3) kB$/);
      expect(check.message, check.name).toMatch(/^[^\n]{10,120}$/);
    }
  });

  it("cover every runtime export of each subpath: a subpath's group measures its whole file", async () => {
    for (const name of subpaths) {
      const api = (await import(pathToFileURL(join(app, `node_modules/stretchkit/dist/${name}.js`)).href)) as object;
      expect(Object.keys(api).length, name).toBeGreaterThan(0);
      expect(all.some((check) => check.path === `dist/${name}.js`)).toBe(true);
    }
  });
});

import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Rewritten, rewrite as rewriteCode } from "./examples/checks.js";
import { collectExamples, type Example, markdownExamples, tsdocExamples } from "./examples/extract.js";
import { consumerOptions, freeNames, Programs, type TypeDiagnostic } from "./examples/type-check.js";

// Examples that run: every `@example` in the TSDoc of src/, and every TypeScript block of README.md and of the
// guides in docs/, is type-checked (strict options, against the package's published types) and run (its ESM
// build), both as installed from the packed tarball in the scratch app of the global setup, where a consumer's
// `import "stretchkit"` finds them. Every `expr; //=> value` line is checked with deep equality, and every one
// must run. A wrong example fails `npm test`, and the failure names the file, the example and the line.

const root = resolve(import.meta.dirname, "../..");
const app = inject("scratchDir");
/** The generated example files: this suite's own folder of the scratch app. */
const dir = join(app, "examples");
const examples = collectExamples(root);

/** An example as a module of the scratch app: a TSDoc example gets an import line of the names it uses. */
interface Generated {
  readonly example: Example;
  readonly file: string;
  readonly code: string;
  /** Lines added before the example's own (the import line of a TSDoc example). */
  readonly prefixLines: number;
}

const generated = new Map<Example, Generated>();
/** Type errors by generated file. */
const typeErrors = new Map<string, TypeDiagnostic[]>();
/** Type errors outside the examples: in the declaration files of the package. */
const otherTypeErrors: TypeDiagnostic[] = [];
/** The modules examples import (`stretchkit`, and any other the scratch app has), as Node resolves them there. */
const modules = new Map<string, unknown>();
/** The names the package's types export, each with whether it is a type only. */
let exported = new Map<string, { typeOnly: boolean }>();
/** The subpath exports, each with its folder of src/: a TSDoc example there uses the subpath's names too. */
const SUBPATHS = ["ical", "fhir", "csv"] as const;
/** The names each subpath's types export, by subpath. */
const subpathExports = new Map<string, Map<string, { typeOnly: boolean }>>();

/** The subpath whose folder of src/ an example comes from (`src/export/ical/...`), if any. */
function subpathOf(example: Example): string | undefined {
  return SUBPATHS.find((name) => example.origin.startsWith(`src/export/${name}/`));
}

/** A broken example for the self-test: its second line does not type-check. */
const brokenExample: Example = {
  origin: "self-test.ts",
  index: 1,
  line: 10,
  code: 'const roll = getStretch("forward-roll");\nconst position: "standing" = roll.position;',
  browser: false,
  kind: "tsdoc",
};

function fileName(example: Example): string {
  return `${example.origin.replace(/[/\\]/g, "__")}-${example.index}.mts`;
}

/** One import line of the names `code` uses freely among those `specifier` exports, or `""`. */
function importLine(code: string, specifier: string, names: ReadonlyMap<string, { typeOnly: boolean }>): string {
  const used = freeNames(code, names).map((name) => (names.get(name)?.typeOnly === true ? `type ${name}` : name));
  return used.length > 0 ? `import { ${used.join(", ")} } from "${specifier}"; ` : "";
}

function generate(example: Example, exported: ReadonlyMap<string, { typeOnly: boolean }>): Generated {
  if (example.kind === "markdown")
    return { example, file: join(dir, fileName(example)), code: example.code, prefixLines: 0 };
  // A TSDoc example of a subpath's folder uses its names and the root's; all imports go on one line.
  const subpath = subpathOf(example);
  const own = subpath === undefined ? new Map() : (subpathExports.get(subpath) ?? new Map());
  const imports =
    importLine(example.code, "stretchkit", exported) + importLine(example.code, `stretchkit/${subpath}`, own) ||
    "export {};";
  return { example, file: join(dir, fileName(example)), code: `${imports}\n${example.code}`, prefixLines: 1 };
}

/** Where a line of a generated file comes from: `README.md:123 (example 4, line 2)`. */
function place({ example, prefixLines }: Generated, line: number): string {
  const own = line - prefixLines;
  return own < 1
    ? `${example.origin}:${example.line} (example ${example.index}, the generated import line)`
    : `${example.origin}:${example.line + own - 1} (example ${example.index}, line ${own})`;
}

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  // The package's types, found the way a consumer's TypeScript finds them (Node's ESM resolution of `exports`).
  const options = consumerOptions(false);
  const probe = join(dir, "exports.mts");
  writeFileSync(probe, 'import * as stretchkit from "stretchkit";\nexport { stretchkit };\n');
  const programs = new Programs();
  const types = ts.resolveModuleName("stretchkit", probe, options, ts.sys, undefined, undefined, ts.ModuleKind.ESNext);
  expect(types.resolvedModule?.resolvedFileName, "the scratch app resolves the types of stretchkit").toMatch(
    /node_modules[/\\]stretchkit[/\\]dist[/\\].*\.d\.ts$/,
  );
  exported = programs.exportsOf(probe, "stretchkit", options);
  for (const name of SUBPATHS) {
    const subprobe = join(dir, `exports-${name}.mts`);
    writeFileSync(subprobe, `import * as sub from "stretchkit/${name}";\nexport { sub };\n`);
    subpathExports.set(name, programs.exportsOf(subprobe, `stretchkit/${name}`, options));
  }

  for (const example of [...examples, brokenExample]) {
    const file = generate(example, exported);
    writeFileSync(file.file, file.code);
    generated.set(example, file);
  }

  // One program for the examples that run, one with the DOM for the browser pages.
  const all = [...generated.values()];
  const errors = [
    ...programs.check(
      all.filter(({ example }) => !example.browser).map(({ file }) => file),
      options,
      "stretchkit",
    ),
    ...programs.check(
      all.filter(({ example }) => example.browser).map(({ file }) => file),
      consumerOptions(true),
      "stretchkit",
    ),
  ];
  for (const error of errors) {
    const own = all.find(({ file }) => file === error.file);
    if (own === undefined) otherTypeErrors.push(error);
    else typeErrors.set(own.file, [...(typeErrors.get(own.file) ?? []), error]);
  }

  // The modules the examples import, resolved by Node in the scratch app: `stretchkit` is its ESM build there.
  const specifiers = [
    ...new Set([
      "stretchkit",
      ...SUBPATHS.map((name) => `stretchkit/${name}`),
      ...examples.flatMap((example) =>
        ts.preProcessFile(example.code, true, false).importedFiles.map((file) => file.fileName),
      ),
    ]),
  ];
  const resolver = join(dir, "resolve.mjs");
  writeFileSync(
    resolver,
    "console.log(JSON.stringify(JSON.parse(process.argv[2]).map((s) => import.meta.resolve(s))));",
  );
  const urls: string[] = JSON.parse(
    execFileSync(process.execPath, [resolver, JSON.stringify(specifiers)], { cwd: app, encoding: "utf8" }),
  );
  expect(urls[0], "the scratch app resolves stretchkit to its ESM build").toMatch(
    /\/node_modules\/stretchkit\/dist\/index\.js$/,
  );
  for (const [k, url] of urls.entries()) {
    const target = url.startsWith("file:") ? fileURLToPath(url) : url;
    modules.set(specifiers[k] ?? "", await import(/* @vite-ignore */ target));
  }
});

const rewritten = new Map<string, Rewritten>();
/** {@link rewriteCode}, once per code. */
function rewrite(code: string): Rewritten {
  const done = rewritten.get(code) ?? rewriteCode(code);
  rewritten.set(code, done);
  return done;
}

const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

/** Runs an example's module and returns how many checks it made; every `//=>` line must run, and check. */
async function run(file: Generated): Promise<number> {
  const { js, sites, arrows } = rewrite(file.code);
  expect(sites.length, "every //=> line follows an expression statement (`expr; //=> value`)").toBe(arrows);
  let ran = 0;
  const check = (actual: unknown, expected: unknown, site: number): void => {
    ran++;
    const { text, line } = sites[site] ?? { text: "?", line: 0 };
    expect(actual, `${place(file, line)}: ${text}`).toEqual(expected);
  };
  const require = (specifier: string): unknown => {
    if (!modules.has(specifier)) throw new Error(`the example imports ${specifier}, which the scratch app lacks`);
    return modules.get(specifier);
  };
  await new AsyncFunction("require", "exports", "__check", js)(require, {}, check);
  expect(ran, "every //=> line of the example ran").toBe(sites.length);
  return sites.length;
}

function expectTypeChecks(file: Generated): void {
  const errors = (typeErrors.get(file.file) ?? []).map((error) => `${place(file, error.line)}: ${error.message}`);
  if (errors.length > 0) throw new Error(`type errors:\n${errors.join("\n")}`);
}

function origins(kind: Example["kind"]): Map<string, Example[]> {
  const byOrigin = new Map<string, Example[]>();
  for (const example of examples.filter((e) => e.kind === kind)) {
    byOrigin.set(example.origin, [...(byOrigin.get(example.origin) ?? []), example]);
  }
  return byOrigin;
}

function defineExamples(kind: Example["kind"]): void {
  for (const [origin, list] of origins(kind)) {
    describe(origin, () => {
      for (const example of list) {
        const name = `example ${example.index} (line ${example.line})`;
        if (example.browser) {
          it(`${name} type-checks with the DOM (a browser page: not run here)`, () => {
            expectTypeChecks(generated.get(example) as Generated);
          });
        } else {
          it(`${name} type-checks and is true`, async () => {
            const file = generated.get(example) as Generated;
            expectTypeChecks(file);
            const checks = await run(file);
            // A README block shows what it does: each checks at least one value.
            if (example.origin === "README.md") expect(checks, "the README block checks a value").toBeGreaterThan(0);
          });
        }
      }
    });
  }
}

describe("the TSDoc examples of src/", () => {
  defineExamples("tsdoc");

  it("check over 120 values in all", () => {
    const checks = examples
      .filter((example) => example.kind === "tsdoc")
      .reduce((sum, example) => sum + rewrite((generated.get(example) as Generated).code).sites.length, 0);
    expect(checks).toBeGreaterThan(120);
  });
});

describe("the TypeScript blocks of README.md and docs/", () => {
  defineExamples("markdown");

  it("include the README's, every one run here, and the recipe of a web page's loop, type-checked with the DOM", () => {
    const readme = examples.filter((example) => example.origin === "README.md");
    expect(readme.length).toBeGreaterThanOrEqual(5);
    expect(readme.filter((example) => example.browser)).toHaveLength(0);
    const browser = examples.filter((example) => example.kind === "markdown" && example.browser);
    expect(browser.map((example) => example.origin)).toEqual(["docs/recipes.md"]);
  });
});

describe("the package's published types", () => {
  it("declare the values its ESM build exports, and nothing else as a value", () => {
    const values = [...exported].filter(([, { typeOnly }]) => !typeOnly).map(([name]) => name);
    expect(values.sort()).toEqual(Object.keys(modules.get("stretchkit") as object).sort());
    expect(exported.get("Stretch")).toEqual({ typeOnly: true });
  });

  it("compile under the strict options the examples are checked with", () => {
    expect([...new Set(otherTypeErrors.map((error) => `${error.file}:${error.line}: ${error.message}`))]).toEqual([]);
  });
});

describe("the example checker", () => {
  const example = (code: string): Generated => ({
    example: { ...brokenExample, code },
    file: "self-test.mts",
    code: `import { getStretch } from "stretchkit";\n${code}`,
    prefixLines: 1,
  });

  it("fails on a wrong //=> line and passes on a right one", async () => {
    await expect(run(example('getStretch("forward-roll").position; //=> "standing"'))).rejects.toThrow(
      /self-test\.ts:10 \(example 1, line 1\)/,
    );
    await expect(run(example('getStretch("forward-roll").position; //=> "seated"'))).resolves.toBe(1);
    await expect(run(example('const p = getStretch("forward-roll").position;\np;\n//=> "seated"'))).resolves.toBe(1);
  });

  it("fails when a //=> line does not run or checks nothing", async () => {
    await expect(run(example('if (false) {\n  getStretch("forward-roll").position; //=> "seated"\n}'))).rejects.toThrow(
      /every \/\/=> line of the example ran/,
    );
    await expect(
      run(example('try {\n  getStretch("x" as "forward-roll");\n} catch (e) {\n  e.code; //=> "invalid_stretch"\n}')),
    ).rejects.toThrow();
    await expect(run(example('const p = getStretch("forward-roll").position; //=> "seated"'))).rejects.toThrow(
      /follows an expression statement/,
    );
  });

  it("reports a type error at its line in the example's file", () => {
    const file = generated.get(brokenExample) as Generated;
    expect(() => expectTypeChecks(file)).toThrow(/self-test\.ts:11 \(example 1, line 2\): TS2322/);
  });

  it("finds one-line and multi-line @example tags, and indented Markdown blocks", () => {
    const source = [
      '/** A side. @example const side: Side = "left"; */',
      "/**",
      " * Summary.",
      " *",
      " * @param x - A thing.",
      " * @example",
      " * f(1); //=> 2",
      " *   g(); //=> 3",
      " * @returns Nothing.",
      " * @example h(); //=> 4",
      " * @example A title",
      " * ```ts",
      " * i(); //=> 5",
      " * ```",
      " */",
    ].join("\n");
    expect(tsdocExamples("a.ts", source).map(({ index, line, code }) => ({ index, line, code }))).toEqual([
      { index: 1, line: 1, code: 'const side: Side = "left";' },
      { index: 2, line: 6, code: "\nf(1); //=> 2\n  g(); //=> 3" },
      { index: 3, line: 10, code: "h(); //=> 4" },
      { index: 4, line: 13, code: "i(); //=> 5" },
    ]);
    const markdown =
      "Text\n\n```ts\na(); //=> 1\n```\n\n1. Step\n\n   ```typescript\n   b(); //=> 2\n   ```\n\n```js\nc();\n```\n";
    expect(markdownExamples("a.md", markdown).map(({ index, line, code }) => ({ index, line, code }))).toEqual([
      { index: 1, line: 4, code: "a(); //=> 1" },
      { index: 2, line: 10, code: "b(); //=> 2" },
    ]);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as stretchkit from "../../src/index.js";

// Every `@example` in the TSDoc of src/ and every TypeScript block of README.md runs against the
// public API (the names of src/index.ts, nothing else), and every `expr; //=> value` line in them
// is checked with deep equality. A wrong example fails `npm test`.

/** Blocks written for a browser page (they need `document` and `localStorage`); type-checked by their author. */
const BROWSER_ONLY = /\bdocument\.|\blocalStorage\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The code of every `@example` of a file, with the ` * ` margins removed. */
function tsdocExamples(source: string): string[] {
  const out: string[] = [];
  for (const doc of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = doc.split("\n").map((line) => line.replace(/^\s*\/?\*\*?\/?\s?/, ""));
    let current: string[] | undefined;
    for (const line of lines) {
      if (line.startsWith("@")) {
        if (current !== undefined) out.push(current.join("\n"));
        current = line.startsWith("@example") ? [line.slice("@example".length).trim()] : undefined;
      } else if (current !== undefined) current.push(line);
    }
    if (current !== undefined) out.push(current.join("\n"));
  }
  return out.filter((code) => code.trim() !== "");
}

/** The TypeScript code blocks of a Markdown text, with their `import ... from "stretchkit"` lines removed. */
function markdownBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) =>
    (match[1] ?? "").replace(/^import\s[\s\S]*?from\s+"stretchkit";\n/gm, ""),
  );
}

/** Rewrites every `expr; //=> value` (at any depth, value on the same or the next line) into a check; strips types. */
function toChecks(code: string): { js: string; checks: number } {
  const file = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  const found: { start: number; end: number; replacement: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      const comment = [
        ...(ts.getTrailingCommentRanges(code, node.end) ?? []),
        ...(ts.getLeadingCommentRanges(code, node.end) ?? []),
      ].find((range) => code.slice(range.pos, range.end).startsWith("//=>"));
      if (comment !== undefined) {
        const expected = code.slice(comment.pos + 4, comment.end).trim();
        const text = node.expression.getText();
        found.push({
          start: node.getStart(),
          end: node.end,
          replacement: `__check(${text}, (${expected}), ${JSON.stringify(text)});`,
        });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = code;
  for (const { start, end, replacement } of [...found].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + replacement + out.slice(end);
  }
  const js = ts.transpileModule(out, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  return { js, checks: found.length };
}

const api = stretchkit as unknown as Record<string, unknown>;

/** Runs an example and returns how many checks it made; every check must run (no branch may skip one). */
function run(code: string): number {
  const { js, checks } = toChecks(code);
  let ran = 0;
  const check = (actual: unknown, expected: unknown, text: string) => {
    ran++;
    expect(actual, text).toEqual(expected);
  };
  new Function("__check", ...Object.keys(api), js)(check, ...Object.values(api));
  expect(ran, "every //=> line of the example ran").toBe(checks);
  return checks;
}

const files = sourceFiles("src").filter((path) => !path.endsWith("index.ts"));

describe("the TSDoc examples", () => {
  for (const path of files) {
    const examples = tsdocExamples(readFileSync(path, "utf8"));
    if (examples.length === 0) continue;
    it(`are true in ${path}`, () => {
      for (const example of examples) run(example);
    });
  }

  it("check over 120 values in all", () => {
    let checks = 0;
    for (const path of files)
      for (const example of tsdocExamples(readFileSync(path, "utf8"))) checks += toChecks(example).checks;
    expect(checks).toBeGreaterThanOrEqual(120);
  });
});

describe("the example checker", () => {
  it("fails on a wrong //=> line and passes on a right one", () => {
    expect(() => run('getStretch("forward-roll").position; //=> "standing"')).toThrow();
    expect(run('getStretch("forward-roll").position; //=> "seated"')).toBe(1);
    expect(() => run('if (false) {\n  getStretch("forward-roll").position; //=> "seated"\n}')).toThrow(/every/);
    expect(() => run('try {\n  getStretch("x");\n} catch (e) {\n  e.code; //=> "invalid_stretch"\n}')).toThrow();
  });
});

describe("the README's TypeScript blocks", () => {
  const blocks = markdownBlocks(readFileSync("README.md", "utf8"));

  it("are there, and all but the browser loop run here", () => {
    expect(blocks.length).toBeGreaterThan(6);
    expect(blocks.filter((block) => BROWSER_ONLY.test(block))).toHaveLength(1);
  });

  blocks.forEach((block, index) => {
    if (BROWSER_ONLY.test(block)) return;
    it(`block ${index + 1} is true`, () => {
      expect(run(block)).toBeGreaterThan(0);
    });
  });
});

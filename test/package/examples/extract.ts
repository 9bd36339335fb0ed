import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** One example to type-check and run: the code of an `@example` tag or of a Markdown ```ts block. */
export interface Example {
  /** The file it comes from, relative to the repository, with `/` separators: `src/schema/stretch.ts`. */
  readonly origin: string;
  /** Its number among the examples of that file, from 1. */
  readonly index: number;
  /** The line of `origin` that holds the example's first line of code (which may be blank), from 1. */
  readonly line: number;
  /** The code, margins and fences removed. */
  readonly code: string;
  /** Written for a browser page (it uses `document` or `localStorage`): type-checked with the DOM, not run. */
  readonly browser: boolean;
  /** Markdown blocks carry their own import lines; TSDoc examples use the API's names as free names. */
  readonly kind: "tsdoc" | "markdown";
}

const BROWSER_ONLY = /\bdocument\.|\blocalStorage\b/;

/** Every file under `dir` (recursively) whose name ends with `suffix`, sorted, skipping the folders `skip` names. */
export function filesUnder(dir: string, suffix: string, skip: readonly string[] = []): string[] {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return skip.includes(path) ? [] : filesUnder(path, suffix, skip);
      return entry.isFile() && entry.name.endsWith(suffix) ? [path] : [];
    })
    .sort();
}

/**
 * The code of every `@example` tag in the doc comments (`/** ... *\/`) of a TypeScript file. A tag runs to the
 * next line that starts with a block tag (`@param`, `@returns`...) or to the end of its comment; it may start
 * mid-line, as in the one-line `/** A side. @example const side: Side = "left"; *\/`. An example that holds a
 * fenced block (```ts) is that block.
 */
export function tsdocExamples(origin: string, source: string): Example[] {
  const out: Example[] = [];
  for (const match of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const startLine = lineOf(source, match.index + 3);
    const lines = (match[1] ?? "").split("\n").map((line, k) => (k === 0 ? line : line.replace(/^\s*\*(?: |$)/, "")));
    let current: { line: number; code: string[] } | undefined;
    const flush = (): void => {
      if (current !== undefined && current.code.join("").trim() !== "") {
        // The example is its code, or the first fenced block in it (a title or a caption around it aside).
        const fenced = markdownExamples(origin, current.code.join("\n"))[0];
        const code = fenced?.code ?? current.code.join("\n").replace(/\s+$/, "");
        out.push({
          origin,
          index: out.length + 1,
          line: current.line + (fenced?.line ?? 1) - 1,
          code,
          browser: BROWSER_ONLY.test(code),
          kind: "tsdoc",
        });
      }
      current = undefined;
    };
    lines.forEach((line, k) => {
      const tag = /(?:^|\s)@example\b ?/.exec(line);
      if (tag !== null) {
        flush();
        current = { line: startLine + k, code: [line.slice(tag.index + tag[0].length)] };
      } else if (/^\s*@\w/.test(line)) {
        flush();
      } else if (current !== undefined) {
        current.code.push(line);
      }
    });
    flush();
  }
  return out;
}

/** The TypeScript blocks (```ts or ```typescript) of a Markdown file, indented ones (in a list) included. */
export function markdownExamples(origin: string, markdown: string): Example[] {
  const out: Example[] = [];
  for (const match of markdown.matchAll(/^([ \t]*)```(?:ts|typescript)[ \t]*\r?\n([\s\S]*?)^\1```[ \t]*$/gm)) {
    const indent = (match[1] ?? "").length;
    const code = (match[2] ?? "")
      .split("\n")
      .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))
      .join("\n")
      .replace(/\s+$/, "");
    out.push({
      origin,
      index: out.length + 1,
      line: lineOf(markdown, match.index) + 1,
      code,
      browser: BROWSER_ONLY.test(code),
      kind: "markdown",
    });
  }
  return out;
}

/**
 * Every example of the repository at `root`: the `@example` tags of `src/` (its index aside, which only
 * re-exports), the TypeScript blocks of `README.md`, and those of the guides under `docs/` (the generated
 * `docs/api/` aside).
 */
export function collectExamples(root: string): Example[] {
  const name = (path: string): string => relative(root, path).split(sep).join("/");
  const read = (path: string): string => readFileSync(path, "utf8");
  return [
    ...filesUnder(join(root, "src"), ".ts")
      .filter((path) => name(path) !== "src/index.ts")
      .flatMap((path) => tsdocExamples(name(path), read(path))),
    ...markdownExamples("README.md", read(join(root, "README.md"))),
    ...filesUnder(join(root, "docs"), ".md", [join(root, "docs", "api")]).flatMap((path) =>
      markdownExamples(name(path), read(path)),
    ),
  ];
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

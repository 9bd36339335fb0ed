import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The import table of docs/concepts.md ("Modules"), enforced: which folder of src/ may import
// which. A change of the table changes this test and the guide in the same commit.
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  errors: [],
  internal: ["errors"],
  schema: ["errors", "internal"],
  catalog: ["schema", "internal", "errors"],
  messages: ["schema"],
  compose: ["schema", "catalog", "internal", "errors"],
  i18n: ["schema", "catalog", "messages", "internal", "errors"],
  schedule: ["schema", "catalog", "compose", "i18n", "messages", "internal", "errors"],
  player: ["schema", "internal", "errors"],
  plan: ["schema", "catalog", "compose", "internal", "errors"],
  adherence: ["schema", "plan", "internal", "errors"],
  locales: ["schema", "internal"],
  export: ["schema", "catalog", "compose", "schedule", "plan", "adherence", "i18n", "messages", "internal", "errors"],
  index: ["schema", "catalog", "compose", "i18n", "messages", "schedule", "player", "plan", "adherence", "errors"],
};

const src = resolve(import.meta.dirname, "../../src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The folder of src/ a file belongs to (`index` and `errors` for the two files at the top). */
const moduleOf = (file: string): string => relative(src, file).split("/")[0]?.replace(/\.ts$/, "") ?? "";

/** Every relative import of every file of src/, resolved to the file it names. */
const edges = sources(src).flatMap((file) =>
  ts
    .preProcessFile(readFileSync(file, "utf8"), true, true)
    .importedFiles.filter(({ fileName }) => fileName.startsWith("."))
    .map(({ fileName }) => ({ file, target: resolve(dirname(file), fileName).replace(/\.js$/, ".ts") })),
);

describe("the import table of src/", () => {
  it("has a row for every folder of src/", () => {
    const folders = [...new Set(sources(src).map(moduleOf))];
    expect(folders.filter((folder) => !Object.hasOwn(ALLOWED, folder))).toEqual([]);
  });

  it("is kept: each folder imports only the folders its row allows", () => {
    const crossings = edges
      .filter(({ file, target }) => moduleOf(file) !== moduleOf(target))
      .filter(({ file, target }) => !(ALLOWED[moduleOf(file)] ?? []).includes(moduleOf(target)))
      .map(({ file, target }) => `${relative(src, file)} -> ${relative(src, target)}`);
    expect(crossings).toEqual([]);
  });

  it("nothing inside src/ imports the public face, index.ts", () => {
    expect(edges.filter(({ target }) => target === join(src, "index.ts"))).toEqual([]);
  });

  it("the core (index.ts and all it reaches) reaches no locale pack and no export", () => {
    const reached = new Set([join(src, "index.ts")]);
    for (const file of reached) for (const edge of edges) if (edge.file === file) reached.add(edge.target);
    const apart = [...reached].filter((file) => ["locales", "export"].includes(moduleOf(file)));
    expect(apart).toEqual([]);
    expect(reached.size).toBeGreaterThan(40);
  });
});

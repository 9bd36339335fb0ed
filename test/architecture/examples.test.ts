import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every export of every entry point (the package's root and each subpath) has TSDoc with an
// `@example`; test/package/examples.test.ts then type-checks and runs each example.
const root = resolve(import.meta.dirname, "../..");
const ENTRIES = [
  "src/index.ts",
  "src/locales/de/index.ts",
  "src/locales/es/index.ts",
  "src/locales/fr/index.ts",
  "src/export/ical/index.ts",
  "src/export/fhir/index.ts",
  "src/export/csv/index.ts",
].map((entry) => resolve(root, entry));

describe("the public API's docs", () => {
  it("give every export of every entry point an @example", () => {
    const program = ts.createProgram(ENTRIES, {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
    });
    const checker = program.getTypeChecker();
    const without: string[] = [];
    let exported = 0;
    for (const entry of ENTRIES) {
      const source = program.getSourceFile(entry);
      const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
      for (const symbol of module === undefined ? [] : checker.getExportsOfModule(module)) {
        exported++;
        const own = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        if (!own.getJsDocTags(checker).some((tag) => tag.name === "example")) without.push(symbol.name);
      }
    }
    expect(without).toEqual([]);
    expect(exported).toBeGreaterThan(120);
  }, 60_000);
});

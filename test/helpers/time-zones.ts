import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { expect } from "vitest";

/** Stryker's workers run no mutant in a child process: the time-zone tests are skipped there (see vitest.stryker.config.ts). */
export { underStryker } from "./stryker.js";

/** The path of a module of src/, as an import specifier for a generated entry. */
export function fromSrc(module: string): string {
  return JSON.stringify(fileURLToPath(new URL(`../../src/${module}`, import.meta.url)));
}

/** The offsets from UTC, in minutes as `getTimezoneOffset` gives them, of the zones tested, on 2026-01-15. */
export const ZONES = { UTC: 0, "America/St_Johns": 210, "Pacific/Chatham": -825 } as const;

/**
 * Bundles a module of src/ code (`body`: imports, then statements that read the cases from
 * `cases` and set `output`) and runs it in a child process per zone of {@link ZONES}, whose only
 * difference is `TZ`: src/ never touches `Date`, and this proves it from outside. Gives each
 * zone's `output`, after checking that each process ran in its zone.
 */
export function outputsByZone<T>(body: readonly string[], cases: unknown): Record<keyof typeof ZONES, T> {
  const dir = mkdtempSync(join(tmpdir(), "stretchkit-tz-"));
  try {
    const entry = join(dir, "entry.ts");
    const casesFile = join(dir, "cases.json");
    writeFileSync(casesFile, JSON.stringify(cases));
    writeFileSync(
      entry,
      [
        `import { readFileSync } from "node:fs";`,
        ...body.filter((line) => line.startsWith("import ")),
        `const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));`,
        "let output;",
        ...body.filter((line) => !line.startsWith("import ")),
        `process.stdout.write(JSON.stringify({ offset: new Date(2026, 0, 15).getTimezoneOffset(), output }));`,
      ].join("\n"),
    );
    const bundle = join(dir, "bundle.mjs");
    buildSync({
      entryPoints: [entry],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: bundle,
      logLevel: "error",
    });
    const outputs = {} as Record<keyof typeof ZONES, T>;
    for (const [zone, offset] of Object.entries(ZONES) as [keyof typeof ZONES, number][]) {
      const child = spawnSync(process.execPath, [bundle, casesFile], {
        env: { ...process.env, TZ: zone },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(child.status, child.stderr).toBe(0);
      const { offset: seen, output } = JSON.parse(child.stdout) as { offset: number; output: T };
      expect(seen, zone).toBe(offset);
      outputs[zone] = output;
    }
    return outputs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

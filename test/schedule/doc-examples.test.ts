import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { stretches } from "../../src/catalog/stretches.js";
import { StretchKitError } from "../../src/errors.js";
import { englishMessages } from "../../src/messages/en.js";
import { fitRoutine } from "../../src/schedule/fit-routine.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import { stepAt } from "../../src/schedule/step-at.js";

// Every `//=>` line in the TSDoc examples of the scheduler and the messages must be true, using
// only names the package exports.

const FILES = [
  "src/messages/en.ts",
  "src/messages/keys.ts",
  "src/schedule/fit-routine.ts",
  "src/schedule/options.ts",
  "src/schedule/schedule-session.ts",
  "src/schedule/step-at.ts",
  "src/schedule/types.ts",
];

const scope = {
  backSpasmRoutine,
  getStretch,
  stretches,
  StretchKitError,
  englishMessages,
  fitRoutine,
  scheduleSession,
  stepAt,
};

/** The code of every `@example` of a file, with the ` * ` margins removed. */
function examplesOf(source: string): string[] {
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

/** Rewrites `expr; //=> value` (on the same or the next line) into a check, and strips the types. */
function toChecks(code: string): { js: string; checks: number } {
  const file = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true);
  let out = "";
  let last = 0;
  let checks = 0;
  for (const statement of file.statements) {
    const comment = [
      ...(ts.getTrailingCommentRanges(code, statement.end) ?? []),
      ...(ts.getLeadingCommentRanges(code, statement.end) ?? []),
    ].find((range) => code.slice(range.pos, range.end).startsWith("//=>"));
    if (comment === undefined || !ts.isExpressionStatement(statement)) continue;
    const expected = code.slice(comment.pos + 4, comment.end).trim();
    out += `${code.slice(last, statement.getStart())}__check(${statement.expression.getText()}, (${expected}), ${JSON.stringify(statement.expression.getText())});`;
    last = statement.end;
    checks++;
  }
  out += code.slice(last);
  const js = ts.transpileModule(out, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  return { js, checks };
}

describe("the TSDoc examples of the scheduler and the messages", () => {
  for (const path of FILES) {
    it(`are true in ${path}`, () => {
      const examples = examplesOf(readFileSync(path, "utf8"));
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        const { js } = toChecks(example);
        const check = (actual: unknown, expected: unknown, text: string) => expect(actual, text).toEqual(expected);
        const run = new Function("__check", ...Object.keys(scope), js);
        run(check, ...Object.values(scope));
      }
    });
  }

  it("check something in most examples", () => {
    let checks = 0;
    for (const path of FILES)
      for (const example of examplesOf(readFileSync(path, "utf8"))) checks += toChecks(example).checks;
    expect(checks).toBeGreaterThan(20);
  });
});

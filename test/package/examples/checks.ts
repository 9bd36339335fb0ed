import ts from "typescript";

/** A `//=>` line turned into a check. */
export interface CheckSite {
  /** The expression whose value is checked, as written. */
  readonly text: string;
  /** The line of the expression in the example's code, from 1. */
  readonly line: number;
}

/** An example rewritten to check its `//=>` lines, and compiled to a CommonJS function body. */
export interface Rewritten {
  /** CommonJS JavaScript: it calls `__check(actual, expected, site)` for each `//=>` line it reaches. */
  readonly js: string;
  /** The `//=>` lines found, in the order of the code; the `site` argument of `__check` indexes this list. */
  readonly sites: readonly CheckSite[];
  /** How many `//=>` comments the code holds: a comment that follows no expression statement checks nothing. */
  readonly arrows: number;
}

/**
 * Rewrites every `expr; //=> value` statement (at any depth: in a block, a branch, a callback), with the value on
 * the same line or on the next one, into `__check(expr, (value), site);`, then strips the types and compiles the
 * imports to `require` calls.
 */
export function rewrite(code: string): Rewritten {
  const file = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: { start: number; end: number; expected: string; site: CheckSite }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      const comment = [
        ...(ts.getTrailingCommentRanges(code, node.end) ?? []),
        ...(ts.getLeadingCommentRanges(code, node.end) ?? []),
      ].find((range) => code.slice(range.pos, range.end).startsWith("//=>"));
      if (comment !== undefined) {
        const start = node.getStart();
        found.push({
          start,
          end: node.end,
          expected: code.slice(comment.pos + 4, comment.end).trim(),
          site: { text: node.expression.getText(), line: file.getLineAndCharacterOfPosition(start).line + 1 },
        });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  found.sort((a, b) => a.start - b.start);
  let out = code;
  for (let k = found.length - 1; k >= 0; k--) {
    const { start, end, expected, site } = found[k] as (typeof found)[number];
    out = `${out.slice(0, start)}__check(${site.text}, (${expected}), ${k});${out.slice(end)}`;
  }
  const js = ts.transpileModule(out, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, esModuleInterop: false },
    reportDiagnostics: false,
  }).outputText;
  return { js, sites: found.map(({ site }) => site), arrows: code.match(/\/\/=>/g)?.length ?? 0 };
}

import { expect } from "vitest";
import { StretchKitError, type StretchKitErrorCode, type StretchKitIssue } from "../../src/errors.js";

/** Runs `fn`, which must throw a StretchKitError with `code`, and returns its issues. */
export function issuesOf(fn: () => unknown, code: StretchKitErrorCode): readonly StretchKitIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StretchKitError);
    const e = error as StretchKitError;
    expect(e.code).toBe(code);
    expect(e.issues.length).toBeGreaterThan(0);
    return e.issues;
  }
  throw new Error(`expected a StretchKitError with code ${code}`);
}

/** The issues as `path: code` lines, for compact assertions. */
export function summary(issues: readonly StretchKitIssue[]): string[] {
  return issues.map((issue) => `${issue.path.join(".")}: ${issue.code}`);
}

/** Runs `fn`, which must throw a StretchKitError, and returns the first line of its message (the summary). */
export function firstLineOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StretchKitError);
    return (error as StretchKitError).message.split("\n")[0];
  }
  throw new Error("expected a StretchKitError");
}

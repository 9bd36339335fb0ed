import { StretchKitError } from "../../src/errors.js";

/** Runs a function that must throw a StretchKitError, and returns the error. */
export function thrown(run: () => unknown): StretchKitError {
  try {
    run();
  } catch (error) {
    if (error instanceof StretchKitError) return error;
    throw error;
  }
  throw new Error("expected a StretchKitError");
}

/** The issues of an error as `[path joined by ".", code]` pairs, for compact assertions. */
export function pathsAndCodes(error: {
  readonly issues: readonly { path: readonly (string | number)[]; code: string }[];
}) {
  return error.issues.map((issue) => [issue.path.join("."), issue.code]);
}

import type { IssueCode, IssuePathKey, StretchKitErrorCode, StretchKitIssue } from "../errors.js";
import { StretchKitError } from "../errors.js";

/** The parts of a zod issue that we read; kept structural so that this file needs no zod import. */
interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly received?: unknown;
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: unknown;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly format?: unknown;
  readonly params?: { readonly code?: unknown } | undefined;
}

/** A schema with zod's `safeParse`; structural so that callers pass any zod/mini schema. */
export interface SafeParser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly RawIssue[] } };
}

const DEFAULT_MESSAGE = "Invalid input";

function pathOf(raw: readonly PropertyKey[], prefix: readonly IssuePathKey[]): IssuePathKey[] {
  const out: IssuePathKey[] = [...prefix];
  for (const key of raw) out.push(typeof key === "number" ? key : String(key));
  return out;
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** A count and its noun, in the singular for 1: `"1 item"`, `"2 items"`. */
export function counted(count: unknown, noun: string): string {
  return `${describe(count)} ${noun}${count === 1 ? "" : "s"}`;
}

function sizeMessage(issue: RawIssue, big: boolean): string {
  const bound = big ? issue.maximum : issue.minimum;
  const strict = issue.inclusive === false;
  const word = big ? (strict ? "less than" : "at most") : strict ? "more than" : "at least";
  if (issue.origin === "string") return `must be ${word} ${counted(bound, "character")} long`;
  if (issue.origin === "array") return `must have ${word} ${counted(bound, "item")}`;
  return `must be ${word} ${describe(bound)}`;
}

/** Turns zod issues into stretchkit issues with stable codes and English messages. */
export function fromZodIssues(issues: readonly RawIssue[], prefix: readonly IssuePathKey[] = []): StretchKitIssue[] {
  const out: StretchKitIssue[] = [];
  for (const raw of issues) {
    const path = pathOf(raw.path, prefix);
    const custom = raw.message !== DEFAULT_MESSAGE && raw.message !== "" ? raw.message : undefined;
    switch (raw.code) {
      case "unrecognized_keys":
        for (const key of raw.keys ?? []) out.push(unknownKey(path, key));
        break;
      case "invalid_type": {
        if (raw.expected === "int") {
          out.push(issue(path, "not_integer", custom ?? "must be a whole number"));
        } else {
          const received = raw.received === "NaN" || raw.received === "Infinity" ? `, got ${String(raw.received)}` : "";
          const expected = raw.expected === "undefined" ? "nothing" : `a value of type ${String(raw.expected)}`;
          out.push(issue(path, "invalid_type", custom ?? `expected ${expected}${received}`));
        }
        break;
      }
      case "too_small":
      case "too_big":
        out.push(issue(path, raw.code, custom ?? sizeMessage(raw, raw.code === "too_big")));
        break;
      case "invalid_value": {
        const values = (raw.values ?? []).map(describe);
        const allowed = values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(", ")}`;
        out.push(issue(path, "invalid_value", custom ?? allowed));
        break;
      }
      case "invalid_format":
        out.push(issue(path, "invalid_format", custom ?? `has an invalid ${String(raw.format)} format`));
        break;
      case "invalid_union":
        out.push(issue(path, "invalid_value", custom ?? "does not match any allowed shape"));
        break;
      case "custom": {
        const code = typeof raw.params?.code === "string" ? (raw.params.code as IssueCode) : "invalid_value";
        out.push(issue(path, code, custom ?? "is not valid"));
        break;
      }
      default:
        out.push(issue(path, "invalid_value", custom ?? "is not valid"));
    }
  }
  return out;
}

/** A parsed value, or every issue found: what every parse step of stretchkit returns. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: StretchKitIssue[] };

/** Parses with a zod schema and never throws: a result with the value or with stretchkit issues. */
export function safeParseWith<T>(
  schema: SafeParser<T>,
  input: unknown,
  prefix: readonly IssuePathKey[] = [],
): Parsed<T> {
  let result: ReturnType<SafeParser<T>["safeParse"]>;
  try {
    result = schema.safeParse(input);
  } catch {
    // A getter or a Proxy that throws while the input is read: the input is refused, not the call.
    return { ok: false, issues: [unreadableIssue(prefix)] };
  }
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: fromZodIssues(result.error.issues, prefix) };
}

/** The issue for an input that throws when it is read (a getter or a Proxy): plain data never does. */
export function unreadableIssue(path: readonly IssuePathKey[]): StretchKitIssue {
  return issue([...path], "invalid_value", "could not be read: reading it threw (a getter or a Proxy?)");
}

/**
 * Runs a public function's work on input that may throw when it is read (a getter, a Proxy): its
 * own {@link StretchKitError} goes through; any other error, which plain data never causes, becomes
 * one with `code` and the {@link unreadableIssue}.
 */
export function refuseUnreadable<T>(code: StretchKitErrorCode, summary: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof StretchKitError) throw error;
    throw new StretchKitError(code, [unreadableIssue([])], summary);
  }
}

/** Parses with a zod schema, or throws a {@link StretchKitError} with every issue. */
export function parseWith<T>(
  schema: SafeParser<T>,
  input: unknown,
  code: StretchKitErrorCode,
  summary: string,
  prefix: readonly IssuePathKey[] = [],
): T {
  const result = safeParseWith(schema, input, prefix);
  return result.ok ? result.value : fail(code, result.issues, summary);
}

/** One issue: a shorthand for the many places that make one. */
export function issue<C extends IssueCode>(
  path: readonly IssuePathKey[],
  code: C,
  message: string,
): StretchKitIssue & { readonly code: C } {
  return { path, code, message };
}

/** The issue of a list longer than `max`. */
export function tooMany(path: readonly IssuePathKey[], max: number): StretchKitIssue {
  return issue(path, "too_big", `must have at most ${max} items`);
}

/** The issue of a key the shape does not know, at `[...path, key]`. */
export function unknownKey(path: readonly IssuePathKey[], key: string): StretchKitIssue {
  return issue([...path, key], "unrecognized_key", `unknown key ${JSON.stringify(key)}`);
}

/**
 * Throws a {@link StretchKitError} with one issue. `getStretch`, `scheduleSession` and
 * `calculateAdherence` write `fail(code, [issue(...)], summary)` instead: nothing else in their
 * bundles uses this shorthand, which would cost each of them 24 to 44 bytes.
 */
export function failWith(
  code: StretchKitErrorCode,
  summary: string,
  path: readonly IssuePathKey[],
  issueCode: IssueCode,
  message: string,
): never {
  return fail(code, [issue(path, issueCode, message)], summary);
}

/** Throws a {@link StretchKitError}: a shorthand for the many places that refuse an input. */
export function fail(code: StretchKitErrorCode, issues: readonly StretchKitIssue[], summary: string): never {
  throw new StretchKitError(code, issues, summary);
}

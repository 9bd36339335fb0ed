/**
 * A key on the path to the value an issue is about: an object key or an array index.
 *
 * @example
 * const path: IssuePathKey[] = ["items", 2, "repetitions"];
 * @category Errors
 */
export type IssuePathKey = string | number;

/**
 * The stable codes of a {@link StretchKitIssue}. A UI can map each code to its own words.
 *
 * - `invalid_type`: a value of the wrong type (a string where a number belongs, `null`, NaN, Infinity).
 * - `too_small` / `too_big`: a number, text or list outside its bounds.
 * - `invalid_value`: a value outside a fixed set (e.g. a position other than `"seated"`, `"standing"`, `"lying"` or `"kneeling"`).
 * - `invalid_format`: a text that does not match its format (an id that is not kebab-case, a bad date).
 * - `not_integer`: a number that must be whole (milliseconds, repetitions) and is not.
 * - `unrecognized_key`: a key the shape does not know (including `__proto__` and `constructor`).
 * - `min_above_max`: a range whose minimum is above its maximum, or a target outside its range.
 * - `unknown_stretch`: a stretch id that is not in the catalog.
 * - `duplicate_id` / `duplicate_item`: an id or an item given twice.
 * - `empty`: nothing left after an operation (a catalog without stretches, no routine to combine,
 *   every stretch left out by `adaptRoutine`); a list given empty where items are needed is `too_small`.
 * - `conflict`: two values that cannot hold together (e.g. frequencies with no overlap).
 * - `out_of_order`: a time or date that goes backwards.
 * - `invalid_state`: an event that the current state does not allow.
 * - `does_not_fit`: a request that no variant can meet (e.g. a time budget).
 *
 * @example
 * const result = validateRoutine({ ...backSpasmRoutine, items: [] });
 * result.ok ? [] : result.issues.map((issue) => issue.code); //=> ["too_small"]
 * @category Errors
 */
export type IssueCode =
  | "invalid_type"
  | "too_small"
  | "too_big"
  | "invalid_value"
  | "invalid_format"
  | "not_integer"
  | "unrecognized_key"
  | "min_above_max"
  | "unknown_stretch"
  | "duplicate_id"
  | "duplicate_item"
  | "empty"
  | "conflict"
  | "out_of_order"
  | "invalid_state"
  | "does_not_fit";

/**
 * One problem with an input: where it is, what kind it is, and a sentence a person can read.
 *
 * @example
 * const issue: StretchKitIssue = {
 *   path: ["hold", "targetSeconds"],
 *   code: "too_big",
 *   message: "must be at most 600",
 * };
 * issue.path.join("."); //=> "hold.targetSeconds"
 * @category Errors
 */
export interface StretchKitIssue {
  /** The keys from the input's root to the value, e.g. `["items", 2, "repetitions"]`; `[]` for the input itself. */
  readonly path: readonly IssuePathKey[];
  /** A stable code, for a program to branch on. */
  readonly code: IssueCode;
  /** A sentence in English for a person, e.g. `"must be at most 20"`. */
  readonly message: string;
}

/**
 * The codes of a {@link StretchKitError}: what kind of input was refused.
 *
 * @example
 * let code: StretchKitErrorCode | undefined;
 * try {
 *   scheduleSession(backSpasmRoutine, { holdSeconds: -1 });
 * } catch (error) {
 *   code = (error as StretchKitError).code;
 * }
 * code; //=> "invalid_options"
 * @category Errors
 */
export type StretchKitErrorCode =
  | "invalid_stretch"
  | "unknown_stretch"
  | "invalid_catalog"
  | "invalid_routine"
  | "invalid_options"
  | "invalid_session"
  | "invalid_event"
  | "invalid_state"
  | "invalid_record"
  | "invalid_plan"
  | "invalid_report"
  | "invalid_date"
  | "invalid_locale"
  | "does_not_fit";

/** The registered symbol's key that marks a StretchKitError of any build. */
const BRAND = "stretchkit.StretchKitError";

/**
 * The one error stretchkit throws: a `code` for the kind of input refused and every issue found,
 * each with its path, so that a form can show them field by field.
 *
 * @example
 * try {
 *   getStretch("forward-rol" as BuiltInStretchId);
 * } catch (error) {
 *   error instanceof StretchKitError; //=> true
 *   (error as StretchKitError).code; //=> "unknown_stretch"
 * }
 * @category Errors
 */
export class StretchKitError extends Error {
  /** Always `"StretchKitError"`. */
  override readonly name = "StretchKitError";
  /** What kind of input was refused. */
  readonly code: StretchKitErrorCode;
  /**
   * Every issue found, in a stable order (a routine's as a form shows them: by field, then by
   * item); never empty. A check that reads a list entry by entry (records, a session's steps and
   * cues, a state's holds and pain reports) stops at 100 issues.
   */
  readonly issues: readonly StretchKitIssue[];

  /**
   * @param code - What kind of input was refused.
   * @param issues - Every issue found; the message lists them.
   * @param summary - The first line of the message; defaults to the code.
   */
  constructor(code: StretchKitErrorCode, issues: readonly StretchKitIssue[], summary?: string) {
    super(formatMessage(summary ?? code, issues));
    this.code = code;
    this.issues = Object.freeze(
      issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })),
    );
    Object.defineProperty(this, Symbol.for(BRAND), { value: true });
  }

  /**
   * Makes `error instanceof StretchKitError` true for an error of either build of stretchkit. An app
   * can load both (an ES module app with a CommonJS dependency that requires stretchkit); each
   * build has its own class, so a plain prototype check would miss the other build's errors. Every
   * StretchKitError carries a mark registered with `Symbol.for`, which both builds share.
   *
   * @param value - Anything, e.g. a caught error.
   * @returns Whether `value` is a StretchKitError of any build (or, for a subclass, an instance of it).
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` asks about, maybe a subclass
    if (this !== StretchKitError) return Function.prototype[Symbol.hasInstance].call(this, value);
    try {
      return typeof value === "object" && value !== null && Symbol.for(BRAND) in value;
    } catch {
      return false; // a Proxy whose `has` trap throws is no error of ours
    }
  }
}

const MAX_LISTED = 10;

function formatMessage(summary: string, issues: readonly StretchKitIssue[]): string {
  const lines = issues.slice(0, MAX_LISTED).map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
  if (issues.length > MAX_LISTED) lines.push(`  - and ${issues.length - MAX_LISTED} more`);
  return lines.length === 0 ? summary : `${summary}\n${lines.join("\n")}`;
}

function formatPath(path: readonly IssuePathKey[]): string {
  if (path.length === 0) return "(input)";
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? key : `.${key}`;
  return out;
}

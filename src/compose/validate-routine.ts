import { type Catalog, catalogOptionsSchema, indexCatalog } from "../catalog/create-catalog.js";
import type { IssuePathKey, StretchKitIssue } from "../errors.js";
import { deepFreeze } from "../internal/freeze.js";
import { safeParseWith, unreadableIssue } from "../internal/issues.js";
import type { Routine } from "../schema/routine.js";
import { checkRoutine } from "./check-routine.js";

/**
 * The codes of a {@link RoutineWarning}: a choice that is allowed but worth a second look.
 *
 * - `repetitions_outside_range`: repetitions within 1 to 20 but outside the stretch's own range
 *   (a therapist may prescribe 2 or 5 where the source says 3 to 4).
 * - `hold_outside_range`: a hold within 1 to 600 s but outside the stretch's own hold range.
 * - `first_side_ignored`: a `firstSide` on an item done on one side only, where it has no effect.
 *
 * @example
 * const code: RoutineWarningCode = "repetitions_outside_range";
 * @category Compose
 */
export type RoutineWarningCode = "repetitions_outside_range" | "hold_outside_range" | "first_side_ignored";

/**
 * A warning about a routine: where it is, a stable code, and a sentence a person can read.
 *
 * @example
 * const warning: RoutineWarning = {
 *   path: ["items", 0, "repetitions"],
 *   code: "repetitions_outside_range",
 *   message: "5 repetitions is outside the 3 to 4 of the stretch \"forward-roll\"",
 * };
 * warning.path.join("."); //=> "items.0.repetitions"
 * @category Compose
 */
export interface RoutineWarning {
  /** The keys from the routine's root to the value, e.g. `["items", 2, "repetitions"]`. */
  readonly path: readonly IssuePathKey[];
  /** A stable code, for a program to branch on. */
  readonly code: RoutineWarningCode;
  /** A sentence in English for a person. */
  readonly message: string;
}

/**
 * The options of {@link validateRoutine}.
 *
 * @example
 * const options: ValidateRoutineOptions = { catalog: stretches };
 * validateRoutine(backSpasmRoutine, options).ok; //=> true
 * @category Compose
 */
export interface ValidateRoutineOptions {
  /** The stretches the routine's ids refer to, e.g. from `createCatalog`. Default: the built-in `stretches`. */
  readonly catalog?: Catalog | undefined;
}

/**
 * What {@link validateRoutine} returns: the routine, checked and frozen, or every issue found;
 * warnings either way.
 *
 * @example
 * const result: RoutineValidation = validateRoutine({ id: "x" });
 * result.ok; //=> false
 * @category Compose
 */
export type RoutineValidation =
  | {
      /** The routine is valid. */
      readonly ok: true;
      /** A fresh, deeply frozen copy of the routine, with only its documented keys. */
      readonly routine: Routine;
      /** Allowed choices worth a second look (e.g. repetitions outside the stretch's own range). */
      readonly warnings: readonly RoutineWarning[];
    }
  | {
      /** The routine is not valid. */
      readonly ok: false;
      /** Every issue found, each with its path, a stable code and a message; never empty. */
      readonly issues: readonly StretchKitIssue[];
      /** Warnings about the items that could be read. */
      readonly warnings: readonly RoutineWarning[];
    };

/**
 * Checks a routine document of any shape against the schema and a stretch catalog, and never throws.
 *
 * Made for a routine editor that checks on every keystroke, or a server that checks a routine a
 * user shared: every issue comes at once, each with its `path` (e.g. `["items", 2, "repetitions"]`),
 * a stable `code` (`unknown_stretch`, `duplicate_item`, `too_small`, `too_big`, `invalid_type`,
 * `unrecognized_key`, `conflict`, ...) and an English `message`. Rules beyond the schema: every
 * stretch id is in the catalog; a stretch appears once; `sides` and `firstSide` only on stretches
 * with sides (`sides` may be left out: both sides, left first); each companion once, and not the
 * routine itself. These run on every item whose own fields can be read, even when others fail the
 * schema, so that fixing one issue never reveals another. Repetitions and holds outside the
 * stretch's own range, but within 1 to 20 and 1 to 600 s, are allowed with a warning. Issues come
 * in the order of the document (by field, then by item); issues about the options have paths that
 * start with `"catalog"`. Every function that takes a routine checks it the same way.
 *
 * @param input - Any JavaScript value, e.g. `JSON.parse` of a form's or a server's document.
 * @param options - The catalog; default the built-in stretches.
 * @returns `{ ok: true, routine, warnings }` or `{ ok: false, issues, warnings }`, deeply frozen.
 * @example
 * validateRoutine(backSpasmRoutine).ok; //=> true
 *
 * const result = validateRoutine({
 *   ...backSpasmRoutine,
 *   items: [
 *     { stretchId: "forward-roll", repetitions: 5, holdSeconds: 20 },
 *     { stretchId: "forward-rol", repetitions: 3, holdSeconds: 20 },
 *     { stretchId: "spine-rotation", repetitions: 30, holdSeconds: 20 },
 *   ],
 * });
 * result.ok; //=> false
 * if (!result.ok) {
 *   result.issues.map((issue) => [issue.path.join("."), issue.code]);
 *   //=> [["items.1.stretchId", "unknown_stretch"], ["items.2.repetitions", "too_big"]]
 *   result.warnings.map((warning) => warning.code); //=> ["repetitions_outside_range"]
 * }
 * @category Compose
 */
export function validateRoutine(input: unknown, options?: ValidateRoutineOptions): RoutineValidation {
  try {
    const parsedOptions = safeParseWith(catalogOptionsSchema, options);
    if (!parsedOptions.ok) return deepFreeze({ ok: false, issues: parsedOptions.issues, warnings: [] });
    const index = indexCatalog(parsedOptions.value?.catalog);
    if (!index.ok) return deepFreeze({ ok: false, issues: index.issues, warnings: [] });
    const { routine, issues, warnings } = checkRoutine(input, index.value);
    return routine === null ? deepFreeze({ ok: false, issues, warnings }) : deepFreeze({ ok: true, routine, warnings });
  } catch {
    // Plain data never gets here: only an input or option whose reading throws (a getter, a Proxy).
    return deepFreeze({ ok: false, issues: [unreadableIssue([])], warnings: [] });
  }
}

import { deepFreeze } from "../internal/freeze.js";
import {
  MAX_COMPANIONS,
  MAX_HOLD_SECONDS,
  MAX_ID_LENGTH,
  MAX_REPETITIONS,
  MAX_ROUTINE_ITEMS,
  MAX_SESSIONS_PER_DAY,
  MAX_SESSIONS_PER_WEEK,
  MAX_TEXT_LENGTH,
  MIN_HOLD_SECONDS,
  MIN_REPETITIONS,
  SLUG_PATTERN,
} from "./bounds.js";
import { BENEFITS } from "./common.js";

/*
 * The JSON Schema that zod's `toJSONSchema(RoutineSchema, { target: "draft-2020-12" })` gives,
 * written out as data, plus a title and a description: importing it costs no work at load time and
 * pulls no JSON Schema generator into an app's bundle. A test compares it with `toJSONSchema`'s
 * output, so it cannot drift from `RoutineSchema`.
 */

function range(maximum: number): JsonSchema {
  const bound = { type: "integer", minimum: 1, maximum } as const;
  return {
    type: "object",
    properties: { min: bound, max: bound },
    required: ["min", "max"],
    additionalProperties: false,
  };
}

/**
 * A JSON Schema document or sub-schema, as plain JSON data: the keywords that
 * {@link routineJsonSchema} uses. A type alias whose optional keys never hold `undefined`, so that
 * it can be passed where a validator expects a schema object (e.g. ajv's `compile`).
 *
 * @example
 * const schema: JsonSchema = { type: "integer", minimum: 1, maximum: 20 };
 * schema.maximum; //=> 20
 * @category Schemas
 */
export type JsonSchema = {
  /** The dialect, e.g. `"https://json-schema.org/draft/2020-12/schema"`. */
  readonly $schema?: string;
  /** A short title. */
  readonly title?: string;
  /** What the document describes. */
  readonly description?: string;
  /** The JSON type: `"object"`, `"array"`, `"string"`, `"integer"`, ... */
  readonly type?: string;
  /** The schema of each property of an object, by key. */
  readonly properties?: { readonly [key: string]: JsonSchema };
  /** The keys an object must have. */
  readonly required?: readonly string[];
  /** Whether an object may have keys beyond `properties` (`false` here: unknown keys are refused). */
  readonly additionalProperties?: boolean;
  /** The schema of each item of an array. */
  readonly items?: JsonSchema;
  /** The fewest items of an array. */
  readonly minItems?: number;
  /** The most items of an array. */
  readonly maxItems?: number;
  /** The allowed values. */
  readonly enum?: readonly string[];
  /** The shortest string, in characters. */
  readonly minLength?: number;
  /** The longest string, in characters. */
  readonly maxLength?: number;
  /** A regular expression a string must match. */
  readonly pattern?: string;
  /** The least number, inclusive. */
  readonly minimum?: number;
  /** The greatest number, inclusive. */
  readonly maximum?: number;
};

/**
 * The JSON Schema (draft 2020-12) of a routine document, for tools outside TypeScript: a form
 * builder, a backend in another language, an editor's autocompletion.
 *
 * It is what zod's `toJSONSchema` gives for {@link RoutineSchema}: the shape, the types and the
 * bounds (1 to 100 items, 1 to 20 repetitions, holds of 1 to 600 s, unknown keys refused). Rules
 * that JSON Schema cannot state (a range's min not above its max, stretch ids known to a catalog,
 * each stretch once, sides only on sided stretches) are checked by `validateRoutine`. Deeply frozen.
 *
 * @example
 * routineJsonSchema.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * routineJsonSchema.properties?.["items"]?.maxItems; //=> 100
 * routineJsonSchema.required;
 * //=> ["id", "name", "benefits", "items", "frequency", "companions"]
 * @category Schemas
 */
export const routineJsonSchema: JsonSchema = /* @__PURE__ */ (() =>
  // A pure IIFE, not a pure call with the data as its argument: a bundler keeps an argument that
  // spreads (a spread may run getters or iterators), and with it this data in every bundle.
  {
    const id = { type: "string", minLength: 1, maxLength: MAX_ID_LENGTH, pattern: SLUG_PATTERN.source } as const;
    const side = ["left", "right"];
    return deepFreeze({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      title: "stretchkit routine",
      description:
        "A stretching routine: stretches in order with their repetitions, hold and sides, how often to do it, and companion routines.",
      type: "object",
      properties: {
        id,
        name: { type: "string", minLength: 1, maxLength: MAX_TEXT_LENGTH },
        benefits: {
          type: "array",
          maxItems: 3,
          items: { type: "string", enum: BENEFITS },
        },
        items: {
          type: "array",
          minItems: 1,
          maxItems: MAX_ROUTINE_ITEMS,
          items: {
            type: "object",
            properties: {
              stretchId: id,
              repetitions: { type: "integer", minimum: MIN_REPETITIONS, maximum: MAX_REPETITIONS },
              holdSeconds: { type: "integer", minimum: MIN_HOLD_SECONDS, maximum: MAX_HOLD_SECONDS },
              sides: { type: "string", enum: ["both", ...side] },
              firstSide: { type: "string", enum: side },
            },
            required: ["stretchId", "repetitions", "holdSeconds"],
            additionalProperties: false,
          },
        },
        frequency: {
          type: "object",
          properties: { sessionsPerWeek: range(MAX_SESSIONS_PER_WEEK), sessionsPerDay: range(MAX_SESSIONS_PER_DAY) },
          required: ["sessionsPerWeek", "sessionsPerDay"],
          additionalProperties: false,
        },
        companions: { type: "array", maxItems: MAX_COMPANIONS, items: id },
      },
      required: ["id", "name", "benefits", "items", "frequency", "companions"],
      additionalProperties: false,
    } satisfies JsonSchema);
  })();

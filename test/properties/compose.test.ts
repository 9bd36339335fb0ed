import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { stretches } from "../../src/catalog/stretches.js";
import { adaptRoutine } from "../../src/compose/adapt-routine.js";
import { combineRoutines } from "../../src/compose/combine-routines.js";
import { composeRoutine, type RoutineSpec, type RoutineSpecItem } from "../../src/compose/compose-routine.js";
import { validateRoutine } from "../../src/compose/validate-routine.js";
import { StretchKitError } from "../../src/errors.js";
import { type Routine, RoutineSchema } from "../../src/schema/routine.js";
import type { BuiltInStretchId } from "../../src/schema/stretch.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";

const IDS = stretches.map((stretch) => stretch.id);

/** Mostly valid, sometimes not: a composer must either build a valid routine or throw. */
const sometimes = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 9 }, { arbitrary: invalid, weight: 1 });

/** A number that is mostly within `[low, high]`, sometimes out of range or not whole, or left out. */
const dose = (low: number, high: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min: low, max: high }), weight: 6 },
    { arbitrary: fc.constant(undefined), weight: 3 },
    { arbitrary: fc.oneof(fc.integer({ min: -5, max: high + 5 }), fc.double()), weight: 1 },
  );

const specItem: fc.Arbitrary<BuiltInStretchId | RoutineSpecItem> = fc.oneof(
  fc.constantFrom(...IDS),
  fc.record(
    {
      stretchId: fc.constantFrom(...IDS),
      repetitions: dose(1, 20),
      holdSeconds: dose(1, 600),
      sides: sometimes(fc.constant(undefined), fc.constantFrom("both", "left", "right")),
      firstSide: sometimes(fc.constant(undefined), fc.constantFrom("left", "right")),
    },
    { requiredKeys: ["stretchId"] },
  ) as fc.Arbitrary<RoutineSpecItem>,
);

const stretchIdOf = (item: BuiltInStretchId | RoutineSpecItem): string =>
  typeof item === "string" ? item : item.stretchId;

const range = (max: number) =>
  sometimes(
    fc.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 1, max })).map(([a, b]) => ({
      min: Math.min(a, b),
      max: Math.max(a, b),
    })),
    fc.record({ min: fc.integer({ min: 0, max: max + 1 }), max: fc.integer({ min: 0, max: max + 1 }) }),
  );

const spec: fc.Arbitrary<RoutineSpec> = fc.record(
  {
    id: sometimes(fc.constantFrom("office", "back-2", "a"), fc.string({ maxLength: 5 })),
    name: sometimes(fc.constant("Office"), fc.string({ maxLength: 3 })),
    items: sometimes(
      fc.uniqueArray(specItem, { selector: stretchIdOf, minLength: 1, maxLength: 5 }),
      fc.array(specItem, { maxLength: 7 }),
    ),
    frequency: fc.record({ sessionsPerWeek: range(7), sessionsPerDay: range(10) }, { requiredKeys: [] }),
    companions: sometimes(
      fc.uniqueArray(fc.constantFrom("neck-spasm-exercises", "shoulder-routine"), { maxLength: 2 }),
      fc.array(fc.constantFrom("neck-spasm-exercises", "office", "x"), { maxLength: 3 }),
    ),
  },
  { requiredKeys: ["id", "name", "items"] },
);

/** Every path to a value inside a JSON value, the root excluded. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  const out: (string | number)[][] = [];
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path, ...paths(child, path));
  }
  return out;
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown, remove: boolean): unknown {
  const copy = jsonCopy(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

const ROUTINE_PATHS = paths(backSpasmRoutine);

function tryCompose(input: RoutineSpec): Routine | StretchKitError {
  try {
    return composeRoutine(input);
  } catch (error) {
    expect(error).toBeInstanceOf(StretchKitError);
    expect((error as StretchKitError).issues.length).toBeGreaterThan(0);
    return error as StretchKitError;
  }
}

function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let i = 0;
  for (const id of whole) if (id === part[i]) i++;
  return i === part.length;
}

describe("validateRoutine properties", () => {
  it("never throws on any value, and returns either a valid routine or at least one readable issue", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true }), (input) => {
        const result = validateRoutine(input);
        expect(Object.isFrozen(result)).toBe(true);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expect(issue.message).not.toBe("Invalid input");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on a valid routine with one value replaced by anything or removed, and never mutates it", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROUTINE_PATHS), fc.anything(), fc.boolean(), (path, value, remove) => {
        const input = deepFreeze(setAt(backSpasmRoutine, path, value, remove));
        const before = JSON.stringify(input);
        const result = validateRoutine(input);
        expect(JSON.stringify(input)).toBe(before);
        if (result.ok) expect(RoutineSchema.safeParse(result.routine).success).toBe(true);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("gives deep-equal results for the same input", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROUTINE_PATHS), fc.anything(), (path, value) => {
        const input = setAt(backSpasmRoutine, path, value, false);
        expect(validateRoutine(jsonCopy(input))).toEqual(validateRoutine(jsonCopy(input)));
      }),
      { numRuns: 100 },
    );
  });
});

describe("composeRoutine properties", () => {
  it("whatever it returns passes validateRoutine; otherwise it throws a StretchKitError", () => {
    fc.assert(
      fc.property(spec, (input) => {
        const result = tryCompose(input);
        if (!(result instanceof StretchKitError)) {
          expect(validateRoutine(result).ok).toBe(true);
          expect(Object.isFrozen(result.items)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives deep-equal output for the same spec, and never mutates it", () => {
    fc.assert(
      fc.property(spec, (input) => {
        const frozen = deepFreeze(jsonCopy(input));
        const before = JSON.stringify(frozen);
        const first = tryCompose(frozen);
        const second = tryCompose(jsonCopy(input));
        expect(JSON.stringify(frozen)).toBe(before);
        if (first instanceof StretchKitError) expect((second as StretchKitError).issues).toEqual(first.issues);
        else expect(second).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps the spec's item order", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(IDS, { minLength: 1 }), (ids) => {
        const routine = composeRoutine({ id: "r", name: "R", items: ids });
        expect(routine.items.map((item) => item.stretchId)).toEqual(ids);
      }),
      { numRuns: 50 },
    );
  });
});

/** A routine of some built-in stretches in some order. */
const routineOf = (ids: readonly BuiltInStretchId[], id: string): Routine =>
  composeRoutine({ id, name: id, items: [...ids] });

describe("adaptRoutine and combineRoutines properties", () => {
  it("adaptRoutine keeps the item order, drops only what it is asked to, and never mutates its input", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(IDS, { minLength: 1 }),
        fc.subarray(IDS),
        fc.constantFrom("seated", "standing", undefined),
        fc.constantFrom("min", "max", undefined),
        (ids, exclude, position, repetitions) => {
          const routine = deepFreeze(jsonCopy(routineOf(ids, "r")));
          let adapted: Routine;
          try {
            adapted = adaptRoutine(routine, { exclude, position, repetitions });
          } catch (error) {
            expect((error as StretchKitError).issues[0]?.code).toBe("empty");
            return;
          }
          const kept = adapted.items.map((item) => item.stretchId);
          expect(isSubsequence(kept, ids)).toBe(true);
          for (const id of ids) {
            const stretch = stretches.find((entry) => entry.id === id);
            const wanted = !exclude.includes(id) && (position === undefined || stretch?.position === position);
            expect(kept.includes(id)).toBe(wanted);
          }
          expect(validateRoutine(adapted).ok).toBe(true);
          expect(adaptRoutine(routine, { exclude, position, repetitions })).toEqual(adapted);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("combineRoutines keeps every routine's items, in order, routine after routine", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(IDS, { minLength: 2 }), fc.integer({ min: 1, max: 4 }), (ids, cut) => {
        const at = Math.min(cut, ids.length - 1);
        const parts = deepFreeze([routineOf(ids.slice(0, at), "first"), routineOf(ids.slice(at), "second")]);
        const combined = combineRoutines(parts, { id: "both", name: "Both" });
        expect(combined.items).toEqual([...(parts[0]?.items ?? []), ...(parts[1]?.items ?? [])]);
        expect(combineRoutines(parts, { id: "both", name: "Both" })).toEqual(combined);
        expect(validateRoutine(combined).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

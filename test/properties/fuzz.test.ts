/*
 * Fuzzes every entry point stretchkit exports. Each exported function is called with anything
 * (`fc.anything()` with every nasty option) in each argument, with a whole argument list of
 * anything, and with a valid argument list (from `fuzz-inputs.ts`) that has one field broken at any
 * depth: replaced by a nasty value, deleted, or joined by an unknown key. Each call must return or
 * throw a `StretchKitError` with issues, never change its input, and take at most 50 ms.
 *
 * The exports are enumerated at run time, so that a new export without valid inputs fails here.
 * Every property has a fixed seed: a run repeats exactly (apart from the timings).
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { StretchKitError } from "../../src/index.js";
import { issuesOf, summary } from "../helpers/issues.js";
import { underStryker } from "../helpers/stryker.js";
import { TYPED, VALID_CALLS, VALID_PARSES } from "./fuzz-inputs.js";

type AnyFunction = (...args: unknown[]) => unknown;

interface SafeParser {
  safeParse(input: unknown): { success: boolean };
  parse(input: unknown): unknown;
}

// ---------------------------------------------------------------------------------------------
// The entry points, from the module's own exports
// ---------------------------------------------------------------------------------------------

const isSchema = (value: unknown): value is SafeParser =>
  typeof value === "object" && value !== null && typeof (value as Partial<SafeParser>).safeParse === "function";

/** Every exported function, and every function member of an exported plain object, as `name.key`. */
function exportedFunctions(): Map<string, AnyFunction> {
  const found = new Map<string, AnyFunction>();
  for (const [name, value] of Object.entries(api)) {
    if (typeof value === "function") found.set(name, value as AnyFunction);
    else if (typeof value === "object" && value !== null && !isSchema(value)) {
      for (const [key, member] of Object.entries(value)) {
        if (typeof member === "function") found.set(`${name}.${key}`, member as AnyFunction);
      }
    }
  }
  return found;
}

function exportedSchemas(): Map<string, SafeParser> {
  const entries: [string, unknown][] = Object.entries(api);
  return new Map(entries.filter((entry): entry is [string, SafeParser] => isSchema(entry[1])));
}

const FUNCTIONS = exportedFunctions();
const SCHEMAS = exportedSchemas();

/** Whether a function is a class, to be called with `new` (`StretchKitError`). */
const isClass = (fn: AnyFunction): boolean => /^class\b/.test(Function.prototype.toString.call(fn));

/** Calls an entry point as a consumer would: a class with `new`, any other function (a message text too) plainly. */
function invoke(fn: AnyFunction, args: readonly unknown[]): unknown {
  return isClass(fn) ? Reflect.construct(fn, args) : fn(...args);
}

/** A seed per property, from its name: a run repeats exactly, and properties do not share draws. */
function seedOf(name: string): number {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619);
  return hash | 0;
}

// ---------------------------------------------------------------------------------------------
// A snapshot of an input: enough to see any change a call could make to it
// ---------------------------------------------------------------------------------------------

/* Read through the intrinsics, so that an own `valueOf` or `entries` key of the input is not called. */
const mapEntries = Map.prototype.entries;
const setValues = Set.prototype.values;
const dateTime = Date.prototype.getTime;
const BOXED: readonly [unknown, (value: unknown) => unknown][] = [
  [Number.prototype, (value) => Number.prototype.valueOf.call(value)],
  [String.prototype, (value) => String.prototype.valueOf.call(value)],
  [Boolean.prototype, (value) => Boolean.prototype.valueOf.call(value)],
  [BigInt.prototype, (value) => BigInt.prototype.valueOf.call(value)],
];

/**
 * A snapshot of a value as a flat list of tokens compared with `Object.is` (so -0 and NaN stay
 * themselves): each object's identity, prototype, extensibility and frozenness, every own key
 * (`__proto__` and symbols included, holes left out) with its descriptor (a getter is not called),
 * and the contents of Maps, Sets, Dates and boxed primitives. A value that throws when read
 * (a Proxy) is recorded as such. Shared objects are visited once.
 */
function snapshot(value: unknown): unknown[] {
  const tokens: unknown[] = [];
  const seen = new Map<object, number>();
  const visit = (v: unknown): void => {
    if ((typeof v !== "object" || v === null) && typeof v !== "function") {
      tokens.push(v);
      return;
    }
    const object = v as object;
    const known = seen.get(object);
    if (known !== undefined) {
      tokens.push("<seen>", known);
      return;
    }
    seen.set(object, seen.size);
    tokens.push("<object>", object);
    try {
      tokens.push(Object.getPrototypeOf(object), Object.isExtensible(object), Object.isFrozen(object));
      if (typeof object === "function") return;
      for (const [proto, read] of BOXED) {
        if (Object.getPrototypeOf(object) === proto) {
          try {
            tokens.push("<boxed>", read(object));
          } catch {
            // Not a boxed value after all: an object whose prototype was set to one.
          }
        }
      }
      if (object instanceof Date) tokens.push("<date>", dateTime.call(object));
      if (object instanceof Map) {
        for (const [key, entry] of mapEntries.call(object)) {
          visit(key);
          visit(entry);
        }
      }
      if (object instanceof Set) for (const entry of setValues.call(object)) visit(entry);
      const keys = Reflect.ownKeys(object);
      tokens.push(keys.length);
      for (const key of keys) {
        const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
        tokens.push(key, descriptor?.enumerable, descriptor?.configurable, descriptor?.writable);
        if (descriptor === undefined) continue;
        if ("value" in descriptor) visit(descriptor.value);
        else tokens.push(descriptor.get, descriptor.set);
      }
    } catch {
      tokens.push("<throws when read>");
    }
  };
  visit(value);
  return tokens;
}

/** The first token where two snapshots differ, or -1. */
function firstDifference(before: readonly unknown[], after: readonly unknown[]): number {
  const length = Math.max(before.length, after.length);
  for (let i = 0; i < length; i++) if (!Object.is(before[i], after[i])) return i;
  return -1;
}

// ---------------------------------------------------------------------------------------------
// One checked call
// ---------------------------------------------------------------------------------------------

const LIMIT_MS = 50;
/** Under mutation testing the code is instrumented and several times slower: times say nothing there. */

/** The slowest call seen (first try), for the record: `FUZZ_REPORT=1` prints it. */
const slowest = { name: "", ms: 0, label: "" };

/** A short, readable preview of an input for a failure message; fast-check prints it in full. */
function preview(value: unknown): string {
  let text: string;
  try {
    text = fc.stringify(value);
  } catch {
    text = "(an input that throws when printed)";
  }
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}

/** Whether a value, at any depth, throws when it is read: a getter or a Proxy of `hostileArb`. */
function throwsWhenRead(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== "object" || value === null || seen.has(value)) return false;
  seen.add(value);
  try {
    for (const key of Reflect.ownKeys(value)) {
      if (throwsWhenRead((value as Record<PropertyKey, unknown>)[key], seen)) return true;
    }
    return false;
  } catch {
    return true;
  }
}

const UNREADABLE = "could not be read";

/** Whether an error is one that stretchkit may throw: its own class, with issues that have paths. */
function isStretchKitError(error: unknown): boolean {
  if (!(error instanceof StretchKitError) || error.name !== "StretchKitError") return false;
  const { issues } = error;
  return (
    typeof error.code === "string" &&
    Array.isArray(issues) &&
    issues.length > 0 &&
    issues.every(
      (issue) => Array.isArray(issue.path) && typeof issue.code === "string" && typeof issue.message === "string",
    )
  );
}

/**
 * What a call may do besides returning: `strict` (an input checker): throw a `StretchKitError`
 * with issues; `typed` (an export that takes the program's own typed values): also a `TypeError`
 * when given values of other types; `returns`: nothing but return.
 */
type Allowed = "strict" | "typed" | "returns";

/**
 * Calls `name` with `args` and checks the outcome, that no argument changed, and the time taken.
 * `label` says what was broken (an argument, a path), for the failure message.
 */
function checkCall(name: string, args: readonly unknown[], allowed: Allowed, label: string): void {
  const fn = FUNCTIONS.get(name);
  if (fn === undefined) throw new Error(`no exported function ${name}`);
  const before = args.map(snapshot);
  const start = performance.now();
  let thrown: { error: unknown } | undefined;
  try {
    invoke(fn, args);
  } catch (error) {
    thrown = { error };
  }
  const ms = performance.now() - start;
  // Printed only on failure: printing every input would cost more than the calls.
  const where = (): string => `${name} (${label}) with ${preview(args)}`;

  args.forEach((arg, i) => {
    const after = snapshot(arg);
    const at = firstDifference(before[i] ?? [], after);
    if (at >= 0) throw new Error(`${where()} changed argument ${i} (snapshot token ${at}: ${String(after[at])})`);
  });

  if (thrown !== undefined) {
    const { error } = thrown;
    const ok =
      (allowed !== "returns" && isStretchKitError(error)) || (allowed === "typed" && error instanceof TypeError);
    // Any error but a StretchKitError becomes the "could not be read" issue: that must not hide a
    // bug, so it may only answer an input that really throws when read.
    const unreadable =
      error instanceof StretchKitError && error.issues.some((issue) => issue.message.startsWith(UNREADABLE));
    if (unreadable && !args.some((arg) => throwsWhenRead(arg))) {
      throw new Error(`${where()} called plain data unreadable: an internal error was turned into an issue`);
    }
    if (!ok) {
      const description =
        error instanceof Error ? `${error.name}: ${error.message}` : `the non-error ${preview(error)}`;
      throw new Error(`${where()} threw ${description}`, { cause: error });
    }
  }

  if (ms > slowest.ms) Object.assign(slowest, { name, ms, label });
  if (ms > LIMIT_MS && !underStryker) {
    // A timed assertion is flaky on a loaded 2-core CI machine (a GC pause, a JIT compile, another
    // process): one slow call proves nothing. The same call again, the JIT now warm, tells a slow
    // input (slow again) from a hiccup (fast now); only a call slow twice in a row fails.
    const again = performance.now();
    try {
      invoke(fn, args);
    } catch {
      // The outcome was checked above.
    }
    const retryMs = performance.now() - again;
    if (retryMs > LIMIT_MS) {
      const size = before.reduce((sum, tokens) => sum + tokens.length, 0);
      throw new Error(
        `${where()} took ${ms.toFixed(1)} ms, then ${retryMs.toFixed(1)} ms again (limit ${LIMIT_MS} ms; input of ${size} snapshot tokens)`,
      );
    }
  }
}

afterAll(() => {
  if (process.env["FUZZ_REPORT"] !== undefined) {
    console.log(`slowest call: ${slowest.name} (${slowest.label}) ${slowest.ms.toFixed(1)} ms`);
  }
});

// ---------------------------------------------------------------------------------------------
// Nasty values
// ---------------------------------------------------------------------------------------------

/** Every key of the valid inputs: anything made of them comes closer to a real shape. */
function keysOf(value: unknown, into: Set<string>, seen = new Set<unknown>()): Set<string> {
  if (typeof value !== "object" || value === null || seen.has(value)) return into;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    if (!Array.isArray(value)) into.add(key);
    keysOf(child, into, seen);
  }
  return into;
}

const DOMAIN_KEYS = [...keysOf([...Object.values(VALID_CALLS), ...Object.values(VALID_PARSES)], new Set())].sort();

const keyArb = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom("__proto__", "constructor", "toString", "valueOf", "prototype", "length", "then", "0"),
  fc.constantFrom(...DOMAIN_KEYS),
);

/** `fc.anything()` with every option that makes it nasty. */
const anythingArb = fc.anything({
  key: keyArb,
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

const HUGE = 100_000;

/** A fresh value each time it is drawn, so that a call that changes it is seen changing it. */
const fresh = <T>(make: () => T): fc.Arbitrary<T> => fc.constant(null).map(make);

/** A value whose reading throws: a getter and a Proxy (plain JSON never does this). */
const hostileArb: fc.Arbitrary<unknown> = fc.oneof(
  fresh(() =>
    Object.defineProperties(
      {},
      {
        id: {
          enumerable: true,
          get() {
            throw new Error("getter");
          },
        },
        // How fast-check prints it in a counterexample, without reading `id`.
        [fc.toStringMethod]: { value: () => "{ get id() { throw } }" },
      },
    ),
  ),
  fresh(
    () =>
      new Proxy([], {
        get(_target, key) {
          if (key === fc.toStringMethod) return () => "new Proxy([], { every trap throws })";
          throw new Error("proxy get");
        },
        has(_target, key) {
          // fast-check asks whether it can print (or clone) the value; no text key is answered.
          if (typeof key === "symbol") return key === fc.toStringMethod;
          throw new Error("proxy has");
        },
        ownKeys() {
          throw new Error("proxy ownKeys");
        },
        getOwnPropertyDescriptor() {
          throw new Error("proxy getOwnPropertyDescriptor");
        },
      }),
  ),
);

/** Values that break a field of any type. */
const nastyArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anythingArb },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -1,
      -0,
      0,
      0.5,
      1e-7,
      1e308,
      2 ** 53,
      Number.MAX_SAFE_INTEGER + 2,
      Number.MIN_VALUE,
      "",
      " ",
      "2026-02-30",
      "2026-11-02T00:00:00Z",
      "__proto__",
      null,
      undefined,
      true,
      1n,
      Symbol("nasty"),
    ),
  },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fresh(() => "x".repeat(HUGE)),
      fresh(() => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')),
      fresh(() => []),
      fresh(() => [{}]),
      fresh(() => ({})),
      fresh(() => Object.create(null)),
      fresh(() => new Array(HUGE)),
      fresh(() => new Array(HUGE).fill(0)),
      fresh(() => new Date(Number.NaN)),
      fresh(() => new Map([["id", "x"]])),
      fresh(() => Object("forward-roll")),
      // A function where a value belongs. (Not one that throws: a message text of the caller's that
      // throws is the caller's error, and scheduleSession lets it through, as Array#map would.)
      fresh(() => () => "text"),
    ),
  },
  { weight: 1, arbitrary: hostileArb },
);

/** Values near a valid one: off by one, a case changed, an object turned into an array. */
function nearArb(original: unknown): fc.Arbitrary<unknown> {
  if (typeof original === "number") {
    return fc.constantFrom(original + 1, original - 1, -original, original * 1000, original + 0.5, original + 1e-7);
  }
  if (typeof original === "string") {
    return fc.constantFrom(`${original}x`, original.toUpperCase(), original.slice(1), ` ${original}`, `${original}\0`);
  }
  if (Array.isArray(original)) {
    return fc.oneof(
      fresh(() => [...original, ...original]),
      fresh(() => Object.assign({}, original)),
      fresh(() => [original]),
    );
  }
  if (typeof original === "object" && original !== null) {
    return fc.oneof(
      fresh(() => Object.values(original)),
      fresh(() => [original]),
    );
  }
  return fc.constant(original);
}

// ---------------------------------------------------------------------------------------------
// Breaking one field of a valid input
// ---------------------------------------------------------------------------------------------

type PathKey = string | number;

/** Whether the walk may go into a value: arrays and plain objects (not a function, a Map, a Date). */
function isContainer(value: unknown): value is Record<PathKey, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

function childKeys(value: Record<PathKey, unknown>): PathKey[] {
  return Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
}

/**
 * The path a walk takes from the root: each draw picks a child (modulo the number of children)
 * until the draws run out or a leaf is reached. Short walks are as likely as long ones, so the
 * top-level fields of a large input (a player state around its session) are broken as often as
 * the fields deep inside it; fast-check shrinks a walk toward the root.
 */
function walk(root: unknown, draws: readonly number[]): PathKey[] {
  const path: PathKey[] = [];
  let at = root;
  for (const draw of draws) {
    if (!isContainer(at)) break;
    const keys = childKeys(at);
    if (keys.length === 0) break;
    const key = keys[draw % keys.length] as PathKey;
    path.push(key);
    at = at[key];
  }
  return path;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<PathKey, unknown>)[key], root);
}

type Edit =
  | { readonly kind: "replace"; readonly value: unknown }
  | { readonly kind: "delete" }
  | { readonly kind: "add-key"; readonly key: string; readonly value: unknown };

/** A shallow copy of a container: holes and a null prototype kept, frozenness dropped. */
function copyOf(value: Record<PathKey, unknown>): Record<PathKey, unknown> {
  if (Array.isArray(value)) return value.slice() as unknown as Record<PathKey, unknown>;
  return Object.assign(Object.create(Object.getPrototypeOf(value)), value);
}

/** Sets an own property, even `__proto__`, as JSON.parse would. */
function setOwn(target: object, key: PathKey, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * The root with the edit made at `path`: only the containers on the path are copied, the rest
 * is shared with the valid input (frozen built-in data stays frozen, as in real use).
 */
function edited(root: unknown, path: readonly PathKey[], edit: Edit): unknown {
  if (path.length === 0) {
    if (edit.kind === "replace") return edit.value;
    if (edit.kind === "delete") return undefined;
    if (!isContainer(root)) return root;
    const copy = copyOf(root);
    // An array gets one more item; an object, an unknown key.
    if (Array.isArray(copy)) copy.push(edit.value);
    else setOwn(copy, edit.key, edit.value);
    return copy;
  }
  const [key, ...rest] = path as [PathKey, ...PathKey[]];
  const copy = copyOf(root as Record<PathKey, unknown>);
  if (rest.length === 0 && edit.kind === "delete") delete copy[key];
  else setOwn(copy, key, edited(copy[key], rest, edit));
  return copy;
}

/** Freezes a value at every depth where it can (a Proxy or a typed array may refuse). */
function freezeAll(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  try {
    for (const key of Object.keys(value)) freezeAll((value as Record<string, unknown>)[key], seen);
    Object.freeze(value);
  } catch {
    // Left as it is.
  }
}

const editArb = (original: unknown, hostile: boolean): fc.Arbitrary<Edit> => {
  const values = hostile ? nastyArb : nastyArb.filter((value) => !throwsWhenRead(value));
  return fc.oneof(
    { weight: 6, arbitrary: values.map((value): Edit => ({ kind: "replace", value })) },
    { weight: 2, arbitrary: nearArb(original).map((value): Edit => ({ kind: "replace", value })) },
    { weight: 1, arbitrary: fc.constant<Edit>({ kind: "delete" }) },
    {
      weight: 1,
      arbitrary: fc
        .record({ key: keyArb, value: values })
        .map(({ key, value }): Edit => ({ kind: "add-key", key, value })),
    },
  );
};

/**
 * A valid argument list with one field broken, the path and edit for the failure message, and
 * whether the broken list was frozen at every depth (a frozen input is how a mutation would throw).
 */
function brokenCallArb(calls: readonly (readonly unknown[])[], hostile: boolean) {
  return fc
    .record({
      call: fc.nat({ max: calls.length - 1 }),
      argument: fc.nat(),
      draws: fc.array(fc.nat(), { maxLength: 7 }),
      freeze: fc.boolean(),
    })
    .chain(({ call, argument, draws, freeze }) => {
      const valid = calls[call] as readonly unknown[];
      const index = argument % valid.length;
      const path = walk(valid[index], draws);
      const original = valueAt(valid[index], path);
      return editArb(original, hostile).map((edit) => {
        const args = [...valid];
        args[index] = edited(valid[index], path, edit);
        if (freeze) freezeAll(args[index]);
        const label = `argument ${index} at ${JSON.stringify(path)}: ${edit.kind}${freeze ? ", frozen" : ""}`;
        return { label, args };
      });
    });
}

// ---------------------------------------------------------------------------------------------
// The suite
// ---------------------------------------------------------------------------------------------

/** Runs per property, chosen so that the file runs in a few seconds even on a loaded machine. */
const RUNS = { perArgument: 40, wholeList: 25, broken: 150, schema: 100 } as const;

describe("the fuzz covers every entry point", () => {
  it("every exported function has valid inputs in fuzz-inputs.ts", () => {
    expect([...FUNCTIONS.keys()].filter((name) => VALID_CALLS[name] === undefined)).toEqual([]);
    expect(Object.keys(VALID_CALLS).filter((name) => !FUNCTIONS.has(name))).toEqual([]);
  });

  it("every exported schema has valid inputs in fuzz-inputs.ts", () => {
    expect([...SCHEMAS.keys()].filter((name) => VALID_PARSES[name] === undefined)).toEqual([]);
    expect(Object.keys(VALID_PARSES).filter((name) => !SCHEMAS.has(name))).toEqual([]);
  });

  it("the snapshot sees every change a call could make to an input", () => {
    const make = (): Record<string, unknown> => {
      const input = JSON.parse('{"a": {"b": [1, -0, null]}, "__proto__": {"c": 1}}');
      input.a.b[5] = Number.NaN;
      input.m = new Map([["k", { v: 1 }]]);
      return input;
    };
    const changes: ((input: Record<string, unknown>) => void)[] = [
      (input) => {
        (input["a"] as { b: unknown[] }).b[1] = 0;
      },
      (input) => {
        (input["a"] as { b: unknown[] }).b[5] = 0;
      },
      (input) => {
        (input["a"] as { b: unknown[] }).b[3] = undefined;
      },
      (input) => {
        delete (input["a"] as Record<string, unknown>)["b"];
      },
      (input) => {
        Object.freeze(input["a"]);
      },
      (input) => {
        Object.setPrototypeOf(input["a"], null);
      },
      (input) => {
        // The own `__proto__` key that JSON.parse made, not the prototype.
        (Object.getOwnPropertyDescriptor(input, "__proto__")?.value as Record<string, unknown>)["c"] = 2;
      },
      (input) => {
        ((input["m"] as Map<string, { v: number }>).get("k") as { v: number }).v = 2;
      },
      (input) => {
        Object.defineProperty(input, "a", { enumerable: false });
      },
    ];
    // Two equal inputs are still two inputs: the snapshot holds each object's identity.
    expect(firstDifference(snapshot(make()), snapshot(make()))).toBeGreaterThanOrEqual(0);
    for (const change of changes) {
      const input = make();
      const before = snapshot(input);
      expect(firstDifference(before, snapshot(input))).toBe(-1);
      change(input);
      expect(firstDifference(before, snapshot(input)), String(change)).toBeGreaterThanOrEqual(0);
    }
  });

  it("covers the functions the API map names", () => {
    // A sanity check of the enumeration itself: it must see the functions, the class and the texts.
    expect(FUNCTIONS.has("scheduleSession")).toBe(true);
    expect(FUNCTIONS.has("StretchKitError")).toBe(true);
    expect(FUNCTIONS.has("englishMessages.cue.countdown")).toBe(true);
    expect(FUNCTIONS.size).toBeGreaterThanOrEqual(28);
  });
});

const names = [...FUNCTIONS.keys()].filter((name) => VALID_CALLS[name] !== undefined).sort();

describe.each(names)("%s", (name) => {
  const calls = VALID_CALLS[name] as readonly (readonly unknown[])[];
  const typed = TYPED[name];
  const allowed: Allowed = typed === undefined ? "strict" : "typed";
  const arity = Math.max(...calls.map((args) => args.length));
  const outcome = typed === undefined ? "returns or throws a StretchKitError" : "returns or throws a TypeError";

  it("returns on each of its valid inputs, and changes none of them", () => {
    calls.forEach((args, i) => {
      checkCall(name, args, "returns", `valid input ${i}`);
    });
  });

  it(`given anything in one argument, ${outcome}`, () => {
    fc.assert(
      fc.property(fc.nat({ max: calls.length - 1 }), fc.nat({ max: arity }), anythingArb, (call, position, value) => {
        const args = [...(calls[call] as readonly unknown[])];
        args[position] = value;
        checkCall(name, args, allowed, `anything as argument ${position}`);
      }),
      { seed: seedOf(`${name} one argument`), numRuns: RUNS.perArgument },
    );
  });

  it(`given a whole argument list of anything, ${outcome}`, () => {
    fc.assert(
      fc.property(fc.array(anythingArb, { maxLength: arity + 1 }), (args) => {
        checkCall(name, args, allowed, "anything as every argument");
      }),
      { seed: seedOf(`${name} whole list`), numRuns: RUNS.wholeList },
    );
  });

  if (typed === undefined) {
    it("given a valid input with one field broken at any depth, returns or throws a StretchKitError", () => {
      fc.assert(
        fc.property(brokenCallArb(calls, true), ({ args, label }) => checkCall(name, args, allowed, label)),
        { seed: seedOf(`${name} broken`), numRuns: RUNS.broken },
      );
    });
  } else {
    it("given values of the right types, returns", () => {
      fc.assert(
        fc.property(typedCallArb(calls, typed.enums), ({ args, label }) => checkCall(name, args, "returns", label)),
        { seed: seedOf(`${name} typed`), numRuns: RUNS.broken / 3 },
      );
    });
  }
});

/** Values of the same type as `original`: any text for a text, any number for a number. */
function sameTypeArb(original: unknown): fc.Arbitrary<unknown> {
  switch (typeof original) {
    case "string":
      return fc.oneof(
        fc.string({ unit: "grapheme" }),
        fresh(() => "x".repeat(HUGE)),
      );
    case "number":
      return fc.oneof(fc.double(), fc.integer());
    case "boolean":
      return fc.boolean();
    default:
      return fc.constant(original);
  }
}

/** A valid argument list of a typed export with one leaf (not of a fixed set) replaced by a value of its type. */
function typedCallArb(calls: readonly (readonly unknown[])[], enums: readonly string[]) {
  return fc
    .record({
      call: fc.nat({ max: calls.length - 1 }),
      argument: fc.nat(),
      draws: fc.array(fc.nat(), { maxLength: 4 }),
    })
    .chain(({ call, argument, draws }) => {
      const valid = calls[call] as readonly unknown[];
      const index = argument % valid.length;
      const path = walk(valid[index], draws);
      const fixed = path.length === 0 ? enums.includes(String(index)) : enums.includes(String(path.at(-1)));
      const original = valueAt(valid[index], path);
      return (fixed || isContainer(original) ? fc.constant(original) : sameTypeArb(original)).map((value) => {
        const args = [...valid];
        args[index] = edited(valid[index], path, { kind: "replace", value });
        return { label: `argument ${index} at ${JSON.stringify(path)}: of its type`, args };
      });
    });
}

describe.each([...SCHEMAS.keys()].sort())("%s", (name) => {
  const schema = SCHEMAS.get(name) as SafeParser;
  const valid = VALID_PARSES[name] ?? [];

  /** `safeParse` never throws and says success or not; `parse` throws exactly when it says not. */
  const checkParse = (input: unknown): void => {
    const before = snapshot(input);
    const result = schema.safeParse(input);
    expect(typeof result.success).toBe("boolean");
    let parsed = true;
    try {
      schema.parse(input);
    } catch {
      parsed = false;
    }
    expect(parsed).toBe(result.success);
    expect(firstDifference(before, snapshot(input))).toBe(-1);
  };

  it("accepts its valid inputs", () => {
    for (const input of valid) expect(schema.safeParse(input).success).toBe(true);
  });

  it("safeParse never throws on anything, and changes nothing", () => {
    fc.assert(fc.property(anythingArb, checkParse), { seed: seedOf(`${name} anything`), numRuns: RUNS.schema });
  });

  it("safeParse never throws on a valid input with one field broken", () => {
    // Without values that throw when read: zod reads them, and that is zod's to answer for.
    fc.assert(
      fc.property(
        brokenCallArb(
          valid.map((input) => [input]),
          false,
        ),
        ({ args }) => checkParse(args[0]),
      ),
      { seed: seedOf(`${name} broken`), numRuns: RUNS.schema },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Regressions: the bugs this fuzz found, each as the smallest input that showed it
// ---------------------------------------------------------------------------------------------

describe("regressions found by the fuzz", () => {
  const session = api.scheduleSession(
    api.composeRoutine({
      id: "short-routine",
      name: "Short routine",
      items: [
        { stretchId: "forward-roll", repetitions: 1, holdSeconds: 2 },
        { stretchId: "sideways-reach", repetitions: 1, holdSeconds: 2 },
      ],
    }),
  );
  const started = api.startPlayer(session, 0);
  /** The state as stored and read back, with its session changed by `change`. */
  const withSession = (change: (copy: Record<string, unknown>) => void): api.PlayerState => {
    const state = JSON.parse(JSON.stringify(started)) as api.PlayerState;
    change(state.session as unknown as Record<string, unknown>);
    return state;
  };
  const nullObject = (): unknown => Object.create(null);
  const refused = (fn: () => unknown, code: api.StretchKitErrorCode): string[] => summary(issuesOf(fn, code));

  it("a stepIndex that is an object without a prototype is refused, not a TypeError from a comparison", () => {
    const state = { ...started, stepIndex: nullObject() } as unknown as api.PlayerState;
    expect(refused(() => api.advancePlayer(state, { type: "tick", atMs: 1 }), "invalid_state")).toEqual([
      "stepIndex: invalid_value",
    ]);
    expect(refused(() => api.playerProgress(state), "invalid_state")).toEqual(["stepIndex: invalid_value"]);
    expect(refused(() => api.toSessionRecord(state, { id: "r", date: "2026-11-02" }), "invalid_state")).toEqual([
      "stepIndex: invalid_value",
    ]);
  });

  it("a current step whose startMs is not a number, or a finished state's step that is not one, is refused", () => {
    const badStart = withSession((copy) => {
      (copy["steps"] as Record<string, unknown>[])[0] = { ...session.steps[0], startMs: nullObject() };
    });
    expect(refused(() => api.playerProgress(badStart), "invalid_state")).toEqual(["session: invalid_value"]);
    const stopped = api.advancePlayer(started, { type: "stop", atMs: 1 });
    const finished = { ...stopped, session: { ...stopped.session, steps: [null, ...stopped.session.steps.slice(1)] } };
    expect(refused(() => api.playerProgress(finished as unknown as api.PlayerState), "invalid_state")).toEqual([
      "session: invalid_value",
    ]);
  });

  it("a stored state whose cues are not a list is refused at once, not crashed on (cues.filter was not a function)", () => {
    const state = withSession((copy) => {
      copy["cues"] = 0;
    });
    expect(refused(() => api.advancePlayer(state, { type: "skip-stretch", atMs: 1 }), "invalid_state")).toEqual([
      "session: invalid_value",
    ]);
  });

  it("a stored state with a step that is not one is refused at once, its session checked in full (step.kind of null)", () => {
    const state = withSession((copy) => {
      (copy["steps"] as unknown[])[2] = null;
    });
    expect(refused(() => api.advancePlayer(state, { type: "skip-stretch", atMs: 1 }), "invalid_state")).toEqual([
      "session.steps.2: invalid_type",
    ]);
    expect(refused(() => api.toSessionRecord(state, { id: "r", date: "2026-11-02" }), "invalid_state")).toEqual([
      "session.steps.2: invalid_type",
    ]);
    const heldNull = { ...api.advancePlayer(started, { type: "stop", atMs: 1 }), holds: [null] };
    expect(
      refused(
        () => api.toSessionRecord(heldNull as unknown as api.PlayerState, { id: "r", date: "2026-11-02" }),
        "invalid_state",
      ),
    ).toEqual(["holds.0: invalid_value"]);
  });

  it("stepAt refuses a session whose steps it visits are not steps, instead of reading startMs of null", () => {
    const broken = { ...session, steps: session.steps.map(() => null) } as unknown as api.Session;
    expect(refused(() => api.stepAt(broken, 1), "invalid_session")).toEqual([
      `steps.${String(session.steps.length >> 1)}: invalid_type`,
    ]);
  });

  it("startPlayer refuses a session with a BigInt in a field it does not check, instead of JSON.stringify's TypeError", () => {
    const broken = withSession((copy) => {
      (copy["steps"] as Record<string, unknown>[])[0] = { ...session.steps[0], breath: 1n };
    }).session;
    expect(refused(() => api.startPlayer(broken, 0), "invalid_session")).toEqual([": invalid_value"]);
  });

  it("startPlayer refuses 100,000 cues at once, with one issue, where it listed 400,000 in a quarter of a second", () => {
    const broken = { ...session, cues: new Array(HUGE).fill(0) };
    const start = performance.now();
    expect(refused(() => api.startPlayer(broken, 0), "invalid_session")).toEqual(["cues: too_big"]);
    if (!underStryker) expect(performance.now() - start).toBeLessThan(LIMIT_MS);
    const allBad = { ...session, cues: new Array(1000).fill(0) };
    expect(refused(() => api.startPlayer(allBad, 0), "invalid_session")).toHaveLength(100);
  });

  it("advancePlayer refuses an array as an event with one issue, not one unknown key per item", () => {
    const event = new Array(HUGE).fill(0) as unknown as api.PlayerEvent;
    expect(refused(() => api.advancePlayer(started, event), "invalid_event")).toEqual([": invalid_type"]);
  });

  it("every entry point refuses an input that throws when read (a getter, a Proxy) with a StretchKitError", () => {
    const throwing = (key = "id"): unknown =>
      Object.defineProperty({}, key, {
        enumerable: true,
        get() {
          throw new Error("getter");
        },
      });
    const proxy = (): unknown =>
      new Proxy([], {
        get() {
          throw new Error("proxy");
        },
      });
    const { backSpasmRoutine, stretches } = api;
    const plan = api.planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 1 });
    const cases: [string, api.StretchKitErrorCode, () => unknown][] = [
      ["adaptRoutine", "invalid_routine", () => api.adaptRoutine(throwing() as api.Routine)],
      [
        "combineRoutines",
        "invalid_routine",
        () => api.combineRoutines(proxy() as api.Routine[], { id: "a", name: "A" }),
      ],
      ["composeRoutine", "invalid_routine", () => api.composeRoutine(throwing() as api.RoutineSpec)],
      ["createCatalog", "invalid_catalog", () => api.createCatalog(proxy() as api.Stretch[])],
      [
        "calculateAdherence",
        "invalid_record",
        () => api.calculateAdherence({ plan, records: [throwing()], asOf: "2026-11-02" } as never),
      ],
      ["advancePlayer", "invalid_state", () => api.advancePlayer(started, throwing("type") as api.PlayerEvent)],
      ["playerProgress", "invalid_state", () => api.playerProgress({ ...started, session: proxy() } as never)],
      [
        "toSessionRecord",
        "invalid_state",
        () => api.toSessionRecord({ ...started, holds: proxy() } as never, { id: "r", date: "2026-11-02" }),
      ],
      ["startPlayer", "invalid_session", () => api.startPlayer({ ...session, steps: proxy() } as never, 0)],
      ["stepAt", "invalid_session", () => api.stepAt({ ...session, steps: proxy() } as never, 1)],
      [
        "scheduleSession",
        "invalid_catalog",
        () => api.scheduleSession(backSpasmRoutine, { catalog: proxy() as typeof stretches }),
      ],
    ];
    for (const [name, code, call] of cases) {
      const issues = issuesOf(call, code);
      expect(
        issues.some((issue) => issue.message.startsWith(UNREADABLE)),
        name,
      ).toBe(true);
    }
  });
});

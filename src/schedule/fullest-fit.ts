/*
 * The fullest variant of a routine that fits a time budget, found exactly.
 *
 * A session of items i (each on s_i sides, r_i repetitions of h_i seconds) lasts
 * K + 1000·V + T·R milliseconds, where V = Σ s_i·r_i·h_i is the hold time in seconds,
 * R = Σ s_i·r_i the repetitions, T the ease, release and rest around a repetition, and K what does
 * not depend on the choice (prepare and switch steps). The fullest variant has the most V, then the
 * most R, then, item by item in routine order, the most hold and repetitions. A dynamic programme
 * over the items gives, for every hold time V, the set of repetition counts R that some variant
 * reaches (a bitset); the best feasible (V, R) is then traced back from the first item on.
 */
import { failWith } from "../internal/issues.js";

/** What an item allows: its sides, and its repetitions and hold (seconds) from `lo` to `hi`. */
export interface ItemRange {
  readonly sides: number;
  /** What the item's session time has besides its repetitions: its prepare and switch steps, less one rest a side. */
  readonly fixedMs: number;
  readonly repetitions: { readonly lo: number; readonly hi: number };
  readonly holdSeconds: { readonly lo: number; readonly hi: number };
}

/** One item's choice. */
export interface Choice {
  readonly repetitions: number;
  readonly holdSeconds: number;
}

/** The most bitset words the search may hold (16 MB), past which a routine is refused, not searched for long. */
const MAX_WORDS = 4_194_304;

/** The most steps the search may take (a tenth of a second or so). */
const MAX_WORK = 50_000_000;

/** Sets into row `to` of `dst` the bits of row `from` of `src`, moved up by `shift`. */
function orShifted(dst: Uint32Array, to: number, src: Uint32Array, from: number, words: number, shift: number): void {
  const wordShift = shift >>> 5;
  const bitShift = shift & 31;
  for (let w = words - 1 - wordShift; w >= 0; w--) {
    const bits = src[from + w] as number;
    if (bits === 0) continue;
    dst[to + w + wordShift] = (dst[to + w + wordShift] as number) | (bits << bitShift);
    if (bitShift > 0 && w + wordShift + 1 < words) {
      dst[to + w + wordShift + 1] = (dst[to + w + wordShift + 1] as number) | (bits >>> (32 - bitShift));
    }
  }
}

function hasBit(set: Uint32Array, row: number, bit: number): boolean {
  return (((set[row + (bit >>> 5)] as number) >>> (bit & 31)) & 1) === 1;
}

/** The choices of one item, fullest first: by hold time, then repetitions. */
function choicesOf(range: ItemRange): Choice[] {
  const out: Choice[] = [];
  for (let r = range.repetitions.lo; r <= range.repetitions.hi; r++) {
    for (let h = range.holdSeconds.lo; h <= range.holdSeconds.hi; h++) out.push({ repetitions: r, holdSeconds: h });
  }
  return out.sort(
    (a, b) => b.repetitions * b.holdSeconds - a.repetitions * a.holdSeconds || b.repetitions - a.repetitions,
  );
}

/** OR-s into `into` every row of `rows` moved `by` rows down (row v of `rows` into row v + by), its bits up `bitShift`. */
function orMoved(into: Uint32Array, rows: Uint32Array, by: number, words: number, bitShift = 0): void {
  for (let v = rows.length / words - 1 - by; v >= 0; v--)
    orShifted(into, (v + by) * words, rows, v * words, words, bitShift);
}

/** Row v of the result: the OR of rows v, v - step, ..., v - (count - 1) × step of `rows` (by doubling). */
function windowOr(rows: Uint32Array, step: number, count: number, words: number): Uint32Array {
  const out = new Uint32Array(rows.length);
  let power = rows.slice();
  let offset = 0;
  for (let bit = 1; bit <= count; bit *= 2) {
    if ((count & bit) !== 0) {
      orMoved(out, power, offset * step, words);
      offset += bit;
    }
    const doubled = power.slice();
    orMoved(doubled, power, bit * step, words);
    power = doubled;
  }
  return out;
}

/**
 * The layers of the programme: layer i holds, for every extra hold time v (seconds above the
 * shortest variant's), the extra repetitions the items from i on can add to it.
 */
function layers(ranges: readonly ItemRange[], span: number, words: number): Uint32Array[] {
  const out: Uint32Array[] = [new Uint32Array((span + 1) * words)];
  (out[0] as Uint32Array)[0] = 1;
  for (let i = ranges.length - 1; i >= 0; i--) {
    const { sides, repetitions, holdSeconds } = ranges[i] as ItemRange;
    const next = out[0] as Uint32Array;
    const layer = new Uint32Array((span + 1) * words);
    const base = repetitions.lo * holdSeconds.lo;
    for (let r = repetitions.lo; r <= repetitions.hi; r++) {
      // Each second of hold adds `sides × r` seconds; the shortest hold of r repetitions adds `sides × (r × lo - base)`.
      const window = windowOr(next, sides * r, holdSeconds.hi - holdSeconds.lo + 1, words);
      const from = sides * (r * holdSeconds.lo - base);
      if (from <= span) orMoved(layer, window, from, words, sides * (r - repetitions.lo));
    }
    out.unshift(layer);
  }
  return out;
}

/**
 * The fullest choice for every item whose session lasts at most `budgetMs`, or throws
 * `does_not_fit` when even the shortest variant does not fit (or when the search would be too
 * large to run at once).
 */
export function fullestFit(ranges: readonly ItemRange[], perRepetitionMs: number, budgetMs: number): Choice[] {
  let fixedMs = 0;
  let choices = 0;
  let minHold = 0;
  let minReps = 0;
  let maxExtraHold = 0;
  let width = 0;
  for (const { sides, fixedMs: fixed, repetitions: r, holdSeconds: h } of ranges) {
    fixedMs += fixed;
    choices += (r.hi - r.lo + 1) * (2 * Math.log2(h.hi - h.lo + 1) + 2);
    minHold += sides * r.lo * h.lo;
    minReps += sides * r.lo;
    maxExtraHold += sides * (r.hi * h.hi - r.lo * h.lo);
    width += sides * (r.hi - r.lo);
  }
  const room = budgetMs - fixedMs;
  const shortestMs = fixedMs + 1000 * minHold + perRepetitionMs * minReps;
  if (shortestMs > budgetMs) {
    const message = `even the shortest variant lasts ${String(shortestMs / 1000)} s, more than the ${String(budgetMs / 1000)} s allowed`;
    failWith("does_not_fit", "The routine does not fit the time budget", ["maxSeconds"], "does_not_fit", message);
  }
  const span = Math.min(maxExtraHold, Math.floor(room / 1000) - minHold);
  const words = (width >>> 5) + 1;
  if ((ranges.length + 1) * (span + 1) * words > MAX_WORDS || choices * (span + 1) * words > MAX_WORK) {
    const message =
      "the routine offers too many variants to search at once; narrow the ranges of its repetitions and holds, or the budget";
    failWith("does_not_fit", "The routine does not fit the time budget", [], "too_big", message);
  }
  const table = layers(ranges, span, words);
  const best = bestEnd(table[0] as Uint32Array, span, words, (v) =>
    perRepetitionMs === 0 ? width : Math.floor((room - 1000 * (minHold + v)) / perRepetitionMs) - minReps,
  );
  return trace(ranges, table, words, best);
}

/** The fullest (extra hold, extra repetitions) that layer 0 reaches within each hold's repetition cap. */
function bestEnd(
  first: Uint32Array,
  span: number,
  words: number,
  cap: (v: number) => number,
): { v: number; rho: number } {
  for (let v = span; v >= 0; v--) {
    for (let rho = Math.min(cap(v), words * 32 - 1); rho >= 0; rho--) {
      if (hasBit(first, v * words, rho)) return { v, rho };
    }
  }
  return { v: 0, rho: 0 }; // unreachable: the shortest variant fits
}

/** The choices that reach `end`, item by item, each the fullest that still lets the rest reach it. */
function trace(
  ranges: readonly ItemRange[],
  table: readonly Uint32Array[],
  words: number,
  end: { v: number; rho: number },
): Choice[] {
  let { v, rho } = end;
  return ranges.map((range, i) => {
    const next = table[i + 1] as Uint32Array;
    const base = range.repetitions.lo * range.holdSeconds.lo;
    for (const choice of choicesOf(range)) {
      const dv = range.sides * (choice.repetitions * choice.holdSeconds - base);
      const drho = range.sides * (choice.repetitions - range.repetitions.lo);
      if (dv <= v && drho <= rho && hasBit(next, (v - dv) * words, rho - drho)) {
        v -= dv;
        rho -= drho;
        return choice;
      }
    }
    return { repetitions: range.repetitions.lo, holdSeconds: range.holdSeconds.lo }; // unreachable
  });
}

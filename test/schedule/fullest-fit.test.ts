import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Choice, fullestFit, type ItemRange } from "../../src/schedule/fullest-fit.js";

/** Every choice of every item, by brute force: the fitting one with the most hold, then repetitions, then item by item. */
function bruteForce(ranges: readonly ItemRange[], perRepetitionMs: number, budgetMs: number): Choice[] | null {
  let best: { choices: Choice[]; key: number[] } | null = null;
  const walk = (k: number, picked: Choice[]): void => {
    if (k === ranges.length) {
      const hold = (c: Choice, i: number) => (ranges[i] as ItemRange).sides * c.repetitions * c.holdSeconds;
      const reps = (c: Choice, i: number) => (ranges[i] as ItemRange).sides * c.repetitions;
      const v = picked.reduce((sum, c, i) => sum + hold(c, i), 0);
      const r = picked.reduce((sum, c, i) => sum + reps(c, i), 0);
      const fixed = ranges.reduce((sum, range) => sum + range.fixedMs, 0);
      if (fixed + 1000 * v + perRepetitionMs * r > budgetMs) return;
      const key = [v, r, ...picked.flatMap((c, i) => [hold(c, i), c.repetitions])];
      const differs = best === null ? -1 : key.findIndex((x, j) => x !== best?.key[j]);
      const better = best === null || (differs !== -1 && (key[differs] as number) > (best.key[differs] as number));
      if (better) best = { choices: [...picked], key };
      return;
    }
    const range = ranges[k] as ItemRange;
    for (let r = range.repetitions.lo; r <= range.repetitions.hi; r++)
      for (let h = range.holdSeconds.lo; h <= range.holdSeconds.hi; h++)
        walk(k + 1, [...picked, { repetitions: r, holdSeconds: h }]);
  };
  walk(0, []);
  return best === null ? null : (best as { choices: Choice[] }).choices;
}

const rangeArb = fc
  .record({
    sides: fc.constantFrom(1, 2),
    fixedMs: fc.integer({ min: 0, max: 5000 }),
    repsLo: fc.integer({ min: 1, max: 3 }),
    repsSpan: fc.integer({ min: 0, max: 19 }),
    holdLo: fc.integer({ min: 1, max: 3 }),
    holdSpan: fc.integer({ min: 0, max: 2 }),
  })
  .map(
    ({ sides, fixedMs, repsLo, repsSpan, holdLo, holdSpan }): ItemRange => ({
      sides,
      fixedMs,
      repetitions: { lo: repsLo, hi: Math.min(20, repsLo + repsSpan) },
      holdSeconds: { lo: holdLo, hi: holdLo + holdSpan },
    }),
  );

const range = (sides: number, reps: [number, number], hold: [number, number], fixedMs = 0): ItemRange => ({
  sides,
  fixedMs,
  repetitions: { lo: reps[0], hi: reps[1] },
  holdSeconds: { lo: hold[0], hi: hold[1] },
});

describe("fullestFit", () => {
  it("finds what a brute-force search finds for two sided items of 1 to 20 repetitions: 76 repetition counts, three words", () => {
    const ranges = [range(2, [1, 20], [1, 1]), range(2, [1, 20], [1, 2], 500), range(1, [3, 20], [2, 3])];
    for (const perRepetitionMs of [0, 1000])
      for (let budgetMs = 20_000; budgetMs <= 200_000; budgetMs += 7_000)
        expect(fullestFit(ranges, perRepetitionMs, budgetMs), `${perRepetitionMs} ${budgetMs}`).toEqual(
          bruteForce(ranges, perRepetitionMs, budgetMs),
        );
  });

  it("finds what a brute-force search finds, repetition ranges wider than one 32-bit word included", () => {
    fc.assert(
      fc.property(
        fc.array(rangeArb, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(0, 1000, 2500),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (ranges, perRepetitionMs, where) => {
          const size = ranges.reduce(
            (product, r) =>
              product * (r.repetitions.hi - r.repetitions.lo + 1) * (r.holdSeconds.hi - r.holdSeconds.lo + 1),
            1,
          );
          fc.pre(size <= 20_000);
          const lengthOf = (pick: (r: ItemRange) => [number, number]) =>
            ranges.reduce((sum, r) => {
              const [reps, hold] = pick(r);
              return sum + r.fixedMs + r.sides * reps * (1000 * hold + perRepetitionMs);
            }, 0);
          const shortest = lengthOf((r) => [r.repetitions.lo, r.holdSeconds.lo]);
          const longest = lengthOf((r) => [r.repetitions.hi, r.holdSeconds.hi]);
          const budgetMs = Math.round(shortest + where * (longest - shortest));
          expect(fullestFit(ranges, perRepetitionMs, budgetMs)).toEqual(bruteForce(ranges, perRepetitionMs, budgetMs));
        },
      ),
      { numRuns: 300 },
    );
  });
});

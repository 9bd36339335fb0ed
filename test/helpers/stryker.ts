/**
 * Whether the tests run against a mutant of `npm run mutate` (Stryker sets STRYKER_MUTATOR_WORKER
 * in its workers). Each mutant reruns every test that covers it, so the slowest tests do less there.
 */
export const underStryker = process.env["STRYKER_MUTATOR_WORKER"] !== undefined;

/**
 * The runs of a property: all of them under `npm test`, a tenth (at least 10) against a mutant,
 * where a property that checks output with an outside validator would otherwise take most of the run.
 */
export function runs(count: number): number {
  return underStryker ? Math.max(10, Math.ceil(count / 10)) : count;
}

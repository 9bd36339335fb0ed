import { fromDayNumber } from "../internal/dates.js";
import type { Plan } from "../schema/plan.js";
import type { Interruption, MissedSession, WeekAdherence } from "./types.js";

/** A run of this many missed sessions or more is an interruption. */
const MIN_INTERRUPTION = 3;

/** Above the most repetitions of one session (4,000): see {@link sessionKey}. */
const REPS_RADIX = 8192;

/** What one week of the window gathers while records are read. */
export interface WeekTally {
  /** The days of its counted sessions. */
  readonly counted: number[];
  /** Per session read in the week: {@link sessionKey} of its hold and repetitions. */
  readonly sessions: number[];
}

/** The days the report judges: the plan's, the window's first week, the last day judged, `asOf`, excused days. */
export interface Window {
  readonly startDay: number;
  readonly endDay: number;
  readonly firstWeek: number;
  readonly lastDay: number;
  readonly asOfDay: number;
  readonly excused: ReadonlySet<number>;
}

/** What the weeks add up to, the pending week left out. */
interface Judged {
  readonly weeks: WeekAdherence[];
  readonly filled: number;
  readonly target: number;
  readonly completed: number;
  readonly holdMs: number;
  readonly reps: number;
  readonly days: number;
  readonly streak: { readonly current: number; readonly best: number };
  readonly missed: MissedSession[];
  readonly interruptions: Interruption[];
}

/**
 * A session's hold and repetitions as one number that sorts by hold, then repetitions: a plan's
 * session has at most 4,000 repetitions (200 items × 20) and 2.4e9 ms of hold, so the key stays
 * below 2^53 and a typed array sorts a week's sessions without a comparator.
 */
export function sessionKey(holdMs: number, reps: number): number {
  return holdMs * REPS_RADIX + reps;
}

/** The hold and repetitions of a week's best `target` sessions (by hold, then repetitions). */
function bestSessions(sessions: readonly number[], target: number): { readonly holdMs: number; readonly reps: number } {
  const keys =
    sessions.length > target
      ? Float64Array.from(sessions)
          .sort()
          .subarray(sessions.length - target)
      : sessions;
  let holdMs = 0;
  let reps = 0;
  for (const key of keys) {
    const sessionReps = key % REPS_RADIX;
    holdMs += (key - sessionReps) / REPS_RADIX;
    reps += sessionReps;
  }
  return { holdMs, reps };
}

/** A planned session with its day number. */
interface Slot extends MissedSession {
  readonly day: number;
}

/** Each week's planned sessions in the window up to the last judged week, excused dates left out. */
function slotsByWeek(plan: Plan, weekCount: number, window: Window, dayOf: (date: string) => number): Slot[][] {
  const slots: Slot[][] = Array.from({ length: weekCount }, () => []);
  for (const { date, slot } of plan.sessions) {
    const day = dayOf(date);
    const week = Math.floor((day - window.firstWeek) / 7);
    if (week >= weekCount) break;
    if (week >= 0 && !window.excused.has(day)) (slots[week] as Slot[]).push({ date, slot, day });
  }
  return slots;
}

/**
 * Which planned sessions of a week its counted sessions fill: first each on its own date, then
 * the rest, in date order, each the free one nearest to its date (the earlier on a tie).
 */
function fillSlots(slots: readonly Slot[], counted: readonly number[]): boolean[] {
  const filled = slots.map(() => false);
  const left: number[] = [];
  for (const day of [...counted].sort((a, b) => a - b)) {
    const own = slots.findIndex((slot, k) => !filled[k] && slot.day === day);
    if (own === -1) left.push(day);
    else filled[own] = true;
  }
  for (const day of left) {
    let nearest = -1;
    slots.forEach((slot, k) => {
      if (filled[k]) return;
      const best = slots[nearest];
      if (best === undefined || Math.abs(slot.day - day) < Math.abs(best.day - day)) nearest = k;
    });
    if (nearest === -1) break;
    filled[nearest] = true;
  }
  return filled;
}

/** Judges every week of the window: targets, what filled them, streaks, missed sessions and interruptions. */
export function judgeWeeks(
  plan: Plan,
  tallies: readonly WeekTally[],
  window: Window,
  dayOf: (date: string) => number,
): Judged {
  const slots = slotsByWeek(plan, tallies.length, window, dayOf);
  const judged = { weeks: [] as WeekAdherence[], filled: 0, target: 0, completed: 0, holdMs: 0, reps: 0, days: 0 };
  const missed: MissedSession[] = [];
  const interruptions: Interruption[] = [];
  let run: MissedSession[] = [];
  const closeRun = (): void => {
    const [first, last] = [run[0], run[run.length - 1]];
    if (run.length >= MIN_INTERRUPTION && first !== undefined && last !== undefined) {
      interruptions.push({ from: first.date, to: last.date, count: run.length });
    }
    run = [];
  };
  let current = 0;
  let best = 0;
  tallies.forEach((tally, week) => {
    const weekSlots = slots[week] as Slot[];
    const target = weekSlots.length;
    const weekStart = window.firstWeek + 7 * week;
    const start = Math.max(weekStart, window.startDay);
    const end = Math.min(weekStart + 6, window.endDay);
    const completed = tally.counted.length;
    const met = completed >= target;
    const pending = !met && week === tallies.length - 1 && window.asOfDay <= window.endDay;
    judged.weeks.push({ start: fromDayNumber(start), end: fromDayNumber(end), target, completed, met, pending });
    if (pending) return;
    judged.days += Math.min(end, window.lastDay) - start + 1;
    judged.filled += Math.min(completed, target);
    judged.target += target;
    judged.completed += completed;
    const dose = bestSessions(tally.sessions, target);
    judged.holdMs += dose.holdMs;
    judged.reps += dose.reps;
    fillSlots(weekSlots, tally.counted).forEach((filled, k) => {
      const { date, slot } = weekSlots[k] as Slot;
      if (filled) closeRun();
      else {
        missed.push({ date, slot });
        run.push({ date, slot });
      }
    });
    if (target > 0) {
      current = met ? current + 1 : 0;
      best = Math.max(best, current);
    }
  });
  closeRun();
  return { ...judged, streak: { current, best }, missed, interruptions };
}

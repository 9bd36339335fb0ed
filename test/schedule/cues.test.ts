import { beforeEach, describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { type ScheduleOptions, scheduleSession } from "../../src/schedule/schedule-session.js";
import type { Cue, Session } from "../../src/schema/session.js";
import { routineOf } from "./helpers.js";

const at = (cues: readonly Cue[]) => cues.map((cue) => `${cue.atMs} ${cue.kind} ${cue.text}`);
const holdCues = (holdSeconds: number, options: ScheduleOptions = {}): string[] => {
  const session = scheduleSession(routineOf([{ stretchId: "forward-roll", repetitions: 1, holdSeconds: 20 }]), {
    prepareSeconds: 0,
    easeSeconds: 0,
    holdSeconds,
    ...options,
  });
  return at(session.cues.filter((cue) => cue.kind === "halfway" || cue.kind === "countdown"));
};

describe("cues", () => {
  // Made in each test, not once when the file loads: mutation testing sees what a test runs.
  let session: Session;
  beforeEach(() => {
    session = scheduleSession(backSpasmRoutine);
  });

  it("start with the stretch's name and first setup instruction", () => {
    expect(session.cues[0]).toEqual({
      atMs: 0,
      kind: "prepare",
      stepIndex: 0,
      message: {
        key: "cue.prepare",
        params: {
          stretchId: "forward-roll",
          stretch: "Forward roll",
          side: null,
          limb: null,
          instruction: "Sit up straight and let your spine grow long.",
        },
      },
      text: "Forward roll. Sit up straight and let your spine grow long.",
    });
    const reach = session.cues.find((cue) => cue.kind === "prepare" && cue.atMs > 0);
    expect(reach?.text).toBe("Sideways reach, left arm. Sit up straight.");
  });

  it("say what comes next 3 s before every stretch but the first", () => {
    const next = session.cues.filter((cue) => cue.kind === "next");
    const starts = session.steps.filter((step) => step.kind === "prepare").slice(1);
    expect(next.map((cue) => [cue.atMs, cue.stepIndex])).toEqual(
      starts.map((step) => [step.startMs - 3000, step.index]),
    );
    expect(next.map((cue) => cue.text)).toEqual([
      "Next: Sideways reach.",
      "Next: Spine rotation.",
      "Next: Gluteal stretch.",
      "Next: Quadriceps stretch.",
    ]);
  });

  it("mark halfway through each hold and count down 3, 2, 1 before it ends", () => {
    const hold = session.steps[2];
    expect(hold?.kind).toBe("hold");
    const cues = session.cues.filter((cue) => cue.stepIndex === 2);
    expect(at(cues)).toEqual([
      "25000 halfway Halfway there.",
      "32000 countdown 3",
      "33000 countdown 2",
      "34000 countdown 1",
    ]);
    expect(cues[1]?.message).toEqual({ key: "cue.countdown", params: { count: 3 } });
    const holds = session.steps.filter((step) => step.kind === "hold").length;
    expect(session.cues.filter((cue) => cue.kind === "halfway")).toHaveLength(holds);
    expect(session.cues.filter((cue) => cue.kind === "countdown")).toHaveLength(3 * holds);
  });

  it("announce a side change 3 s ahead, naming the side and limb", () => {
    const change = session.steps.find((step) => step.kind === "switch-side" && step.stretchId === "gluteal-stretch");
    const cue = session.cues.find((c) => c.kind === "switch-side" && c.stepIndex === change?.index);
    expect(cue?.atMs).toBe((change?.startMs ?? 0) - 3000);
    expect(cue?.text).toBe("Get ready to switch to the right hand and leg.");
    expect(session.cues.filter((c) => c.kind === "switch-side")).toHaveLength(4);
  });

  it("without a switch-side step, the side change cue points at the first step on the new side", () => {
    const s = scheduleSession(backSpasmRoutine, { switchSideSeconds: 0 });
    for (const cue of s.cues.filter((c) => c.kind === "switch-side")) {
      const step = s.steps[cue.stepIndex];
      expect(step?.kind).toBe("stretch");
      expect(step?.side).toBe("right");
      expect(step?.repetition).toBe(1);
      expect(cue.atMs).toBe((step?.startMs ?? 0) - 3000);
    }
  });

  it("are sorted by time, inside the session, in whole milliseconds", () => {
    for (const [i, cue] of session.cues.entries()) {
      expect(Number.isInteger(cue.atMs)).toBe(true);
      expect(cue.atMs).toBeGreaterThanOrEqual(i === 0 ? 0 : (session.cues[i - 1]?.atMs ?? 0));
      expect(cue.atMs).toBeLessThan(session.totalMs);
    }
  });

  it("take lead times from the options, never before the session starts, still sorted", () => {
    const s = scheduleSession(backSpasmRoutine, { nextLeadSeconds: 200, switchSideLeadSeconds: 0 });
    const next = s.cues.filter((cue) => cue.kind === "next");
    expect(next.map((cue) => cue.atMs)).toEqual([0, 125_000, 340_000, 555_000]);
    const change = s.cues.find((cue) => cue.kind === "switch-side");
    expect(change?.atMs).toBe(s.steps[change?.stepIndex ?? 0]?.startMs);
    expect(s.cues.map((cue) => cue.atMs)).toEqual([...s.cues.map((cue) => cue.atMs)].sort((a, b) => a - b));
  });

  it("at the same instant, keep step order: next before the prepare cue it announces", () => {
    const s = scheduleSession(backSpasmRoutine, { nextLeadSeconds: 0 });
    const i = s.cues.findIndex((cue) => cue.kind === "next");
    expect([s.cues[i]?.kind, s.cues[i + 1]?.kind]).toEqual(["next", "prepare"]);
    expect(s.cues[i]?.atMs).toBe(s.cues[i + 1]?.atMs);
  });

  it("count down from countdownFrom, or not at all with 0", () => {
    expect(holdCues(20, { countdownFrom: 5 })).toEqual([
      "10000 halfway Halfway there.",
      "15000 countdown 5",
      "16000 countdown 4",
      "17000 countdown 3",
      "18000 countdown 2",
      "19000 countdown 1",
    ]);
    expect(holdCues(20, { countdownFrom: 0 })).toEqual(["10000 halfway Halfway there."]);
  });

  it("on short holds, count down only what fits after the hold starts, and drop halfway into the countdown", () => {
    expect(holdCues(1)).toEqual(["500 halfway Halfway there."]);
    expect(holdCues(1.5)).toEqual(["500 countdown 1"]);
    expect(holdCues(2)).toEqual(["1000 countdown 1"]);
    expect(holdCues(3)).toEqual(["1000 countdown 2", "2000 countdown 1"]);
    expect(holdCues(6)).toEqual(["3000 countdown 3", "4000 countdown 2", "5000 countdown 1"]);
    expect(holdCues(7)).toEqual([
      "3500 halfway Halfway there.",
      "4000 countdown 3",
      "5000 countdown 2",
      "6000 countdown 1",
    ]);
  });
});

/*
 * The valid inputs of the fuzz suite (`fuzz.test.ts`): for every function stretchkit exports, one
 * or more argument lists it accepts, made from real data (the built-in routine, a scheduled session,
 * player states, a plan and its records). The fuzz breaks one field of them at a time.
 */
import {
  advancePlayer,
  backSpasmRoutine,
  composeRoutine,
  createCatalog,
  defineLocale,
  defineStretch,
  en,
  englishMessages,
  getStretch,
  type MessageCatalog,
  type PlayerState,
  planSessions,
  type Routine,
  type SessionRecord,
  scheduleSession,
  startPlayer,
  toSessionRecord,
} from "../../src/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";

/** The built-in routine as JSON, not frozen: what a server or a form would send. */
const routineJson: Routine = JSON.parse(JSON.stringify(backSpasmRoutine));

/** Two placeholder stretches of an app's own, and the catalog that holds them after the built-in ones. */
const placeholderA = defineStretch({ ...getStretch("forward-roll"), id: "neck-placeholder-a", name: "Placeholder A" });
const placeholderB = JSON.parse(
  JSON.stringify({ ...getStretch("sideways-reach"), id: "neck-placeholder-b", name: "Placeholder B" }),
);
const catalog = createCatalog([placeholderA, defineStretch(placeholderB)]);

/** A short routine of the custom catalog: one stretch without sides, one with. */
const neck = composeRoutine(
  { id: "neck-spasm-exercises", name: "Neck routine", items: ["neck-placeholder-a", "neck-placeholder-b"] },
  { catalog },
);

/**
 * A short session (2 stretches, 1 repetition each, one of them sided): small enough that a broken
 * field lands on the state's own fields as often as on its steps, and fast to snapshot.
 */
const shortRoutine: Routine = composeRoutine({
  id: "short-routine",
  name: "Short routine",
  items: [
    { stretchId: "forward-roll", repetitions: 1, holdSeconds: 2 },
    { stretchId: "sideways-reach", repetitions: 1, holdSeconds: 2, firstSide: "right" },
  ],
});
const session = scheduleSession(shortRoutine, { prepareSeconds: 2, easeSeconds: 1, releaseSeconds: 1 });
const frozenSession = deepFreeze(scheduleSession(shortRoutine, { prepareSeconds: 2, easeSeconds: 1 }));

const T0 = 1_800_000_000_000;
const started = startPlayer(session, T0);
/** In the first hold (prepare 2 s, ease 1 s, then hold). */
const holding = advancePlayer(started, { type: "tick", atMs: T0 + 3500 });
const paused = advancePlayer(holding, { type: "pause", atMs: T0 + 4000 });
const hurt = advancePlayer(advancePlayer(paused, { type: "resume", atMs: T0 + 6000 }), {
  type: "pain",
  atMs: T0 + 6100,
  note: "lower back",
});
/** Played to the end, with a pain report and skipped holds on the way. */
const finished = advancePlayer(advancePlayer(hurt, { type: "skip", atMs: T0 + 7000 }), {
  type: "tick",
  atMs: T0 + 60_000,
});
const stopped = advancePlayer(holding, { type: "stop", atMs: T0 + 3900 });
/** A state as stored and read back: plain JSON, not frozen. */
const reloaded: PlayerState = JSON.parse(JSON.stringify(holding));

/** A plan of the built-in routine and of the short one. */
const plan = planSessions(backSpasmRoutine, { start: "2026-11-02", weeks: 4 });
const shortPlan = planSessions(shortRoutine, {
  start: "2026-11-04",
  weeks: 2,
  days: ["monday", "thursday", "saturday"],
  sessionsPerDay: 2,
  weekStartsOn: "sunday",
});

const handEntered: SessionRecord = {
  id: "r1",
  routineId: plan.routineId,
  date: "2026-11-02",
  status: "completed",
  pain: [],
};
const fromPlayer = toSessionRecord(finished, { id: "r2", date: "2026-11-05" });
/** A record entered by hand with a scored pain report and an effort rating, and no `pain` list on another. */
const painted: SessionRecord = {
  id: "r5",
  routineId: plan.routineId,
  date: "2026-11-06",
  status: "completed",
  effort: 9,
  pain: [{ stretchId: "quadriceps-stretch", side: "left", score: 8 }],
};
const fromStopped = toSessionRecord(stopped, { id: "r3", date: "2026-11-09" });

const issue = { path: ["items", 2, "repetitions"], code: "too_big", message: "must be at most 20" } as const;

/** The argument lists a function accepts. Each list is used as it is: the fuzz never changes it. */
export type ValidCalls = readonly (readonly unknown[])[];

/**
 * Every exported function (and every function member of an exported object, as `name.key`) with
 * argument lists that it accepts. A new export without an entry fails the fuzz suite.
 */
/** A regional pack: English with its own halfway cue and a text for the app's own stretch. */
const british = { tag: "en-GB", fallback: en, messages: { "cue.halfway": () => "Halfway through." } };
const britishWithNeck = {
  tag: "en-GB",
  fallback: en,
  stretches: { "neck-placeholder-a": { name: "Placeholder A", support: [], setup: ["Sit."], movement: ["Turn."] } },
};

export const VALID_CALLS: Readonly<Record<string, ValidCalls>> = {
  getStretch: [["quadriceps-stretch"], ["forward-roll"]],
  isBuiltInStretchId: [["spine-rotation"], ["neck-roll"]],
  findStretch: [
    [catalog, "neck-placeholder-b"],
    [catalog, "forward-roll"],
  ],
  defineLocale: [[en], [british], [britishWithNeck, { catalog }]],
  localizeStretch: [
    [getStretch("forward-roll"), en],
    [placeholderB, defineLocale(britishWithNeck, { catalog })],
  ],
  defineStretch: [[placeholderB], [{ ...getStretch("gluteal-stretch"), id: "my-gluteal" }]],
  createCatalog: [[[placeholderB]], [[placeholderA, placeholderB], { builtIns: false }], [[]]],
  validateRoutine: [[routineJson], [neck, { catalog }], [{ ...routineJson, items: [] }]],
  composeRoutine: [
    [
      {
        id: "my-routine",
        name: "My routine",
        items: ["forward-roll", { stretchId: "sideways-reach", repetitions: 4, holdSeconds: 30, sides: "right" }],
        benefits: ["aid-relaxation"],
        frequency: { sessionsPerWeek: { min: 2, max: 3 } },
        companions: ["neck-spasm-exercises"],
      },
    ],
    [{ id: "neck-2", name: "Neck", items: ["neck-placeholder-b"] }, { catalog }],
  ],
  combineRoutines: [
    [[backSpasmRoutine, neck], { id: "back-and-neck", name: "Back and neck", catalog }],
    [[routineJson], { id: "copy", name: "Copy" }],
  ],
  adaptRoutine: [
    [
      backSpasmRoutine,
      { position: "seated", exclude: ["spine-rotation"], repetitions: "max", id: "office", name: "Office" },
    ],
    [routineJson],
    [neck, { catalog, repetitions: "min" }],
  ],
  scheduleSession: [
    [shortRoutine],
    [
      routineJson,
      {
        prepareSeconds: 2.5,
        easeSeconds: 0,
        holdSeconds: 3,
        releaseSeconds: 1,
        restSeconds: 0,
        switchSideSeconds: 1,
        firstSide: "right",
        repetitions: "min",
        nextLeadSeconds: 1,
        switchSideLeadSeconds: 0,
        countdownFrom: 2,
        messages: { ...englishMessages, "cue.halfway": () => "Halfway." } satisfies MessageCatalog,
      },
    ],
    [neck, { catalog, messages: englishMessages }],
    [backSpasmRoutine, { locale: defineLocale(british), messages: { "cue.next": () => "Next." } }],
  ],
  fitRoutine: [
    [backSpasmRoutine, { maxSeconds: 900 }],
    [routineJson, { maxSeconds: 600, prepareSeconds: 5, easeSeconds: 2, releaseSeconds: 2, restSeconds: 0 }],
    [neck, { maxSeconds: 300, catalog, switchSideSeconds: 0 }],
    [backSpasmRoutine, { maxSeconds: 1200, upTo: "stretch", locale: en }],
  ],
  stepAt: [
    [session, 3500],
    [frozenSession, 0],
    [session, session.totalMs + 10],
  ],
  startPlayer: [
    [session, T0],
    [frozenSession, 0],
  ],
  advancePlayer: [
    [started, { type: "tick", atMs: T0 + 3500 }],
    [holding, { type: "release", atMs: T0 + 3600 }],
    [paused, { type: "resume", atMs: T0 + 9000 }],
    [reloaded, { type: "pain", atMs: T0 + 3600, note: "lower back", score: 7 }],
    [finished, { type: "pain", atMs: T0 + 70_000 }],
    [hurt, { type: "skip-stretch", atMs: T0 + 6200 }],
    [holding, { type: "stop", atMs: T0 + 3600 }],
  ],
  playerProgress: [[started], [paused], [reloaded], [finished]],
  toSessionRecord: [
    [finished, { id: "r2", date: "2026-11-05" }],
    [stopped, { id: "r3", date: "2026-11-09", effort: 6 }],
  ],
  planSessions: [
    [backSpasmRoutine, { start: "2026-11-02", weeks: 4 }],
    [
      routineJson,
      {
        start: "2026-11-04",
        weeks: 2,
        days: ["monday", "wednesday", "friday"],
        sessionsPerDay: 2,
        weekStartsOn: "sunday",
      },
    ],
    [neck, { start: "2026-02-27", weeks: 1, sessionsPerWeek: 4, catalog }],
  ],
  calculateAdherence: [
    [{ plan, records: [handEntered, fromPlayer, fromStopped, painted], asOf: "2026-11-29" }],
    [
      {
        plan: JSON.parse(JSON.stringify(plan)),
        records: [handEntered, { ...handEntered, id: "r4", date: "2026-11-04", status: "stopped" }],
        asOf: "2026-11-12",
        options: {
          completionThreshold: 0.5,
          adherentThreshold: 0.9,
          excused: ["2026-11-06"],
          permissibleGapDays: 3,
          painFlagScore: 5,
          effortFlagScore: 8,
          since: "2026-11-09",
        },
      },
    ],
    [{ plan: shortPlan, records: [], asOf: "2026-11-10" }],
  ],
  StretchKitError: [["invalid_routine", [issue], "Invalid routine"]],
  "englishMessages.step.prepare": [
    [{ stretchId: "forward-roll", stretch: "Forward roll", side: null, limb: null, instruction: "Sit up straight." }],
    [{ stretchId: "sideways-reach", stretch: "Sideways reach", side: "left", limb: "arm", instruction: "Sit." }],
  ],
  "englishMessages.step.stretch": [
    [
      {
        stretchId: "quadriceps-stretch",
        stretch: "Quadriceps stretch",
        side: "right",
        limb: "hand-and-leg",
        repetition: 1,
        repetitions: 3,
        instruction: "Bend your knee.",
      },
    ],
  ],
  "englishMessages.step.hold": [
    [
      {
        stretchId: "forward-roll",
        stretch: "Forward roll",
        side: null,
        limb: null,
        repetition: 2,
        repetitions: 3,
        seconds: 20,
        endsOnUser: true,
      },
    ],
    [
      {
        stretchId: "sideways-reach",
        stretch: "Sideways reach",
        side: "left",
        limb: "hand",
        repetition: 1,
        repetitions: 1,
        seconds: 1,
        endsOnUser: false,
      },
    ],
  ],
  "englishMessages.step.release": [[{ stretchId: "forward-roll", stretch: "Forward roll", side: null, limb: null }]],
  "englishMessages.step.rest": [[{ stretchId: "forward-roll", stretch: "Forward roll", seconds: 5 }]],
  "englishMessages.step.switch-side": [
    [{ stretchId: "sideways-reach", stretch: "Sideways reach", side: "right", limb: "arm" }],
  ],
  "englishMessages.cue.prepare": [
    [{ stretchId: "spine-rotation", stretch: "Spine rotation", side: "left", limb: "hand", instruction: "Sit." }],
  ],
  "englishMessages.cue.next": [[{ stretchId: "forward-roll", stretch: "Forward roll" }]],
  "englishMessages.cue.halfway": [[{ stretchId: "forward-roll", stretch: "Forward roll", side: null, limb: null }]],
  "englishMessages.cue.countdown": [[{ count: 3 }]],
  "englishMessages.cue.switch-side": [
    [{ stretchId: "gluteal-stretch", stretch: "Gluteal stretch", side: "left", limb: "hand-and-leg" }],
  ],
};

/**
 * The exports that are not input checkers but take typed values from the program itself: the
 * error's constructor (a program builds its own issues) and the English texts (the scheduler calls
 * them with its own parameters, hundreds of times a session, so they check nothing). Given anything,
 * they must not hang or change their input, but may throw a `TypeError`; given values of the right
 * types they must return. The keys listed in `enums` only take the values of a fixed set.
 */
export const TYPED: Readonly<Record<string, { readonly enums: readonly string[] }>> = {
  StretchKitError: { enums: ["0", "code"] },
  ...Object.fromEntries(
    Object.keys(englishMessages).map((key) => [`englishMessages.${key}`, { enums: ["side", "limb"] }]),
  ),
};

/** Valid inputs of each exported zod schema: `safeParse` accepts them. */
export const VALID_PARSES: Readonly<Record<string, readonly unknown[]>> = {
  StretchSchema: [placeholderB, getStretch("quadriceps-stretch")],
  RoutineSchema: [routineJson, neck],
  RoutineItemSchema: [{ stretchId: "sideways-reach", repetitions: 3, holdSeconds: 20, sides: "left" }],
  SessionRecordSchema: [handEntered, fromPlayer, painted],
  PlanSchema: [plan, JSON.parse(JSON.stringify(shortPlan))],
  SessionSchema: [session, frozenSession],
  LocaleSchema: [en, defineLocale(british)],
  LocaleExtensionSchema: [british, britishWithNeck],
};

// The public face of stretchkit: every export, by name. Nothing else lives here.

export { calculateAdherence } from "./adherence/calculate-adherence.js";
export type {
  AdherenceClassification,
  AdherenceFigure,
  AdherenceInput,
  AdherenceOptions,
  AdherenceReport,
  AdherenceStreak,
  DoseAdherenceFigure,
  IgnoredReason,
  IgnoredRecord,
  Interruption,
  MissedSession,
  StretchAdherence,
  WeekAdherence,
} from "./adherence/types.js";

export { backSpasmRoutine } from "./catalog/back-spasm-routine.js";
export { type Catalog, type CreateCatalogOptions, createCatalog } from "./catalog/create-catalog.js";
export { defineStretch } from "./catalog/define-stretch.js";
export { getStretch } from "./catalog/get-stretch.js";
export { type BuiltInStretch, type BuiltInStretchId, stretches } from "./catalog/stretches.js";
export { type AdaptRoutineOptions, adaptRoutine } from "./compose/adapt-routine.js";
export { type CombineRoutinesOptions, combineRoutines } from "./compose/combine-routines.js";
export {
  type ComposeRoutineOptions,
  composeRoutine,
  type RoutineSpec,
  type RoutineSpecItem,
} from "./compose/compose-routine.js";
export { type JsonSchema, routineJsonSchema } from "./compose/routine-json-schema.js";
export {
  type RoutineValidation,
  type RoutineWarning,
  type RoutineWarningCode,
  type ValidateRoutineOptions,
  validateRoutine,
} from "./compose/validate-routine.js";
export {
  type IssueCode,
  type IssuePathKey,
  StretchKitError,
  type StretchKitErrorCode,
  type StretchKitIssue,
} from "./errors.js";
export type { DeepReadonly } from "./internal/freeze.js";
export { englishMessages } from "./messages/en.js";
export type {
  CountdownParams,
  EaseParams,
  HoldParams,
  InstructionParams,
  Limb,
  Message,
  MessageCatalog,
  MessageKey,
  MessageOf,
  MessageParams,
  RepetitionParams,
  RestParams,
  SideParams,
  StretchParams,
  SwitchSideParams,
} from "./messages/keys.js";
export {
  type Plan,
  type PlanItem,
  type PlannedSession,
  PlanSchema,
  WEEKDAYS,
  type Weekday,
} from "./plan/plan-schema.js";
export { type PlanOptions, planSessions } from "./plan/plan-sessions.js";
export { advancePlayer } from "./player/advance-player.js";
export { playerProgress } from "./player/player-progress.js";
export { startPlayer } from "./player/start-player.js";
export { type SessionRecordOptions, toSessionRecord } from "./player/to-session-record.js";
export type {
  PainEvent,
  PauseEvent,
  PlayerEvent,
  PlayerEventType,
  PlayerHold,
  PlayerProgress,
  PlayerState,
  PlayerStatus,
  ReleaseEvent,
  ResumeEvent,
  SkipEvent,
  SkipStretchEvent,
  StopEvent,
  TickEvent,
} from "./player/types.js";
export { type FitOptions, fitRoutine } from "./schedule/fit-routine.js";
export type { TimingOptions } from "./schedule/options.js";
export { type ScheduleOptions, scheduleSession } from "./schedule/schedule-session.js";
export { stepAt } from "./schedule/step-at.js";
export type { Cue, CueKind, Session, SessionStep, StepKind, StepPosition } from "./schedule/types.js";
export {
  type Routine,
  type RoutineItem,
  RoutineItemSchema,
  RoutineSchema,
  type Side,
} from "./schema/routine.js";
export {
  type HoldRecord,
  type PainReport,
  type SessionRecord,
  SessionRecordSchema,
} from "./schema/session-record.js";
export {
  type Benefit,
  type HoldRange,
  type Laterality,
  type Position,
  type Stretch,
  StretchSchema,
} from "./schema/stretch.js";

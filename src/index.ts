// The public face of stretchkit: every export, by name, in the order data flows. Nothing else lives here.

export { calculateAdherence } from "./adherence/calculate-adherence.js";
export type {
  AdherenceFigure,
  AdherenceFlag,
  AdherenceInput,
  AdherenceOptions,
  AdherenceParameters,
  AdherenceReport,
  DoseAdherenceFigure,
  IgnoredReason,
  IgnoredRecord,
  Interruption,
  MissedSession,
  PainScore,
  Persistence,
  ReadRecord,
  StretchAdherence,
  WeekAdherence,
} from "./adherence/types.js";
// Catalog: the built-in stretches and routine, custom stretches, look-ups.
export { backSpasmRoutine } from "./catalog/back-spasm-routine.js";
export { type Catalog, type CreateCatalogOptions, createCatalog } from "./catalog/create-catalog.js";
export { defineStretch } from "./catalog/define-stretch.js";
export { findStretch, getStretch, isBuiltInStretchId } from "./catalog/get-stretch.js";
export { type BuiltInStretch, stretches } from "./catalog/stretches.js";
// Compose: check, build, combine and adapt routines.
export { type AdaptRoutineOptions, adaptRoutine } from "./compose/adapt-routine.js";
export { type CombineRoutinesOptions, combineRoutines } from "./compose/combine-routines.js";
export {
  type ComposeRoutineOptions,
  composeRoutine,
  type RoutineSpec,
  type RoutineSpecItem,
} from "./compose/compose-routine.js";
export {
  type RoutineValidation,
  type RoutineWarning,
  type RoutineWarningCode,
  type ValidateRoutineOptions,
  validateRoutine,
} from "./compose/validate-routine.js";
// Errors.
export {
  type IssueCode,
  type IssuePathKey,
  StretchKitError,
  type StretchKitErrorCode,
  type StretchKitIssue,
} from "./errors.js";
// Languages: locale packs, English built in.
export { type DefineLocaleOptions, defineLocale } from "./i18n/define-locale.js";
export { en } from "./i18n/en.js";
export { localizeStretch } from "./i18n/localize-stretch.js";
export { englishMessages } from "./messages/en.js";
// Plan and adherence.
export { type PlanOptions, planSessions } from "./plan/plan-sessions.js";
// Player: the session reducer and its record.
export { advancePlayer } from "./player/advance-player.js";
export { playerProgress } from "./player/player-progress.js";
export { startPlayer } from "./player/start-player.js";
export { type SessionRecordOptions, toSessionRecord } from "./player/to-session-record.js";
export type {
  PlayerEvent,
  PlayerEventType,
  PlayerHold,
  PlayerProgress,
  PlayerState,
  PlayerStatus,
} from "./player/types.js";
// Schedule: a routine's timed steps and cues, a look-up by instant, a fit to a time budget.
export { type FitOptions, type FitResult, fitRoutine } from "./schedule/fit-routine.js";
export type { TimingOptions } from "./schedule/options.js";
export { type ScheduleOptions, scheduleSession } from "./schedule/schedule-session.js";
export { type StepPosition, stepAt } from "./schedule/step-at.js";
// Schemas and data types: every shape written once, as a zod/mini schema.
export type { Limb, Side } from "./schema/common.js";
export {
  type LocaleExtension,
  LocaleExtensionSchema,
  type LocaleFallback,
  type LocalePack,
  LocaleSchema,
  type MessageCatalog,
  type SafetyText,
  type StretchText,
} from "./schema/locale.js";
export { type Plan, type PlanItem, type PlannedSession, PlanSchema, WEEKDAYS, type Weekday } from "./schema/plan.js";
export { type Routine, type RoutineItem, RoutineItemSchema, RoutineSchema } from "./schema/routine.js";
export { type JsonSchema, routineJsonSchema } from "./schema/routine-json-schema.js";
export {
  type Cue,
  type CueKind,
  type Message,
  type MessageKey,
  type MessageParams,
  type Session,
  SessionSchema,
  type SessionStep,
  type StepKind,
} from "./schema/session.js";
export { type HoldRecord, type PainReport, type SessionRecord, SessionRecordSchema } from "./schema/session-record.js";
export {
  type Benefit,
  type BuiltInStretchId,
  type HoldRange,
  type Laterality,
  type Media,
  type Position,
  type Stretch,
  StretchSchema,
} from "./schema/stretch.js";

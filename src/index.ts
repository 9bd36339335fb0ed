// The public face of stretchkit: every export, by name. Nothing else lives here.

export { backSpasmRoutine } from "./catalog/back-spasm-routine.js";
export { defineStretch } from "./catalog/define-stretch.js";
export { getStretch } from "./catalog/get-stretch.js";
export { type BuiltInStretch, type BuiltInStretchId, stretches } from "./catalog/stretches.js";
export {
  type IssueCode,
  type IssuePathKey,
  StretchKitError,
  type StretchKitErrorCode,
  type StretchKitIssue,
} from "./errors.js";
export type { DeepReadonly } from "./internal/freeze.js";
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

// The public face of stretchkit: every export, by name. Nothing else lives here.

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
export {
  type Benefit,
  type HoldRange,
  type Laterality,
  type Position,
  type Stretch,
  StretchSchema,
} from "./schema/stretch.js";

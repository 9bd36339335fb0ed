/**
 * The keys of every text stretchkit shows, with the parameters each one takes. A message catalog
 * (English is built in) maps each key to a function of its parameters.
 */
export interface MessageParams {
  /** Read the setup of a stretch and get into position. */
  "step.prepare": {
    readonly stretchId: string;
    readonly stretch: string;
    readonly side: "left" | "right" | null;
    readonly limb: Limb | null;
  };
  /** Ease into the stretch until it is felt, without too much discomfort. */
  "step.stretch": {
    readonly stretchId: string;
    readonly stretch: string;
    readonly side: "left" | "right" | null;
    readonly limb: Limb | null;
    readonly repetition: number;
    readonly repetitions: number;
  };
  /** Breathe in and hold. */
  "step.hold": {
    readonly stretchId: string;
    readonly stretch: string;
    readonly side: "left" | "right" | null;
    readonly limb: Limb | null;
    readonly repetition: number;
    readonly repetitions: number;
    readonly seconds: number;
  };
  /** Breathe out and return to the start. */
  "step.release": {
    readonly stretchId: string;
    readonly stretch: string;
    readonly side: "left" | "right" | null;
    readonly limb: Limb | null;
    readonly repetition: number;
    readonly repetitions: number;
  };
  /** Rest between repetitions. */
  "step.rest": { readonly stretchId: string; readonly stretch: string; readonly seconds: number };
  /** Change sides. */
  "step.switch-side": {
    readonly stretchId: string;
    readonly stretch: string;
    readonly side: "left" | "right";
    readonly limb: Limb;
  };
  /** Spoken at a `prepare` step: the stretch's name and first instruction. */
  "cue.prepare": { readonly stretchId: string; readonly stretch: string; readonly instruction: string };
  /** Spoken shortly before a new stretch. */
  "cue.next": { readonly stretchId: string; readonly stretch: string };
  /** Spoken halfway through a hold. */
  "cue.halfway": { readonly stretchId: string; readonly stretch: string };
  /** Spoken each second of the countdown before a hold ends. */
  "cue.countdown": { readonly count: number };
  /** Spoken ahead of a side change. */
  "cue.switch-side": {
    readonly stretchId: string;
    readonly stretch: string;
    readonly side: "left" | "right";
    readonly limb: Limb;
  };
}

/** The limb that changes between the sides of a sided stretch. @example const limb: Limb = "arm"; */
export type Limb = "arm" | "hand" | "hand-and-leg";

/** A message key. @example const key: MessageKey = "step.hold"; */
export type MessageKey = keyof MessageParams;

/**
 * A message: a key and its parameters, so that a UI can render it in its own words.
 *
 * @example
 * const message: Message = { key: "cue.countdown", params: { count: 3 } };
 */
export type Message = {
  readonly [K in MessageKey]: { readonly key: K; readonly params: MessageParams[K] };
}[MessageKey];

/**
 * A message catalog: one function per key. A catalog that misses a key does not compile.
 *
 * @example
 * const shout: MessageCatalog = { ...englishMessages, "cue.countdown": ({ count }) => `${count}!` };
 */
export type MessageCatalog = { readonly [K in MessageKey]: (params: MessageParams[K]) => string };

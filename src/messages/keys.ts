/**
 * The limb that changes between the sides of a sided stretch.
 *
 * @example
 * const limb: Limb = "hand-and-leg";
 */
export type Limb = "arm" | "hand" | "hand-and-leg";

/**
 * The parameters every stretch text has: which stretch.
 *
 * @example
 * const params: StretchParams = { stretchId: "forward-roll", stretch: "Forward roll" };
 */
export interface StretchParams {
  /** The id of the stretch, e.g. `"sideways-reach"`. */
  readonly stretchId: string;
  /** The stretch's name, e.g. `"Sideways reach"`. */
  readonly stretch: string;
}

/**
 * A stretch text about a side: the side and the limb that shows it, both `null` for a stretch
 * without sides.
 *
 * @example
 * const params: SideParams = { stretchId: "sideways-reach", stretch: "Sideways reach", side: "left", limb: "arm" };
 */
export interface SideParams extends StretchParams {
  /** The side being stretched, or `null` for a stretch without sides. */
  readonly side: "left" | "right" | null;
  /** The limb that changes between sides, or `null` for a stretch without sides. */
  readonly limb: Limb | null;
}

/**
 * A stretch text about one repetition on one side.
 *
 * @example
 * const params: RepetitionParams = {
 *   stretchId: "forward-roll", stretch: "Forward roll", side: null, limb: null, repetition: 2, repetitions: 3,
 * };
 */
export interface RepetitionParams extends SideParams {
  /** The repetition on this side, from 1. */
  readonly repetition: number;
  /** The repetitions planned on each side. */
  readonly repetitions: number;
}

/**
 * The parameters of an instruction: `step.prepare` and `cue.prepare` (the setup), and, with a
 * repetition, `step.stretch` (the movement).
 *
 * @example
 * const params: InstructionParams = {
 *   stretchId: "forward-roll", stretch: "Forward roll", side: null, limb: null, instruction: "Sit up straight.",
 * };
 */
export interface InstructionParams extends SideParams {
  /** The instruction, in the stretch's own words. */
  readonly instruction: string;
}

/**
 * The parameters of `step.stretch`: ease in, one repetition on one side.
 *
 * @example
 * const params: EaseParams = {
 *   stretchId: "forward-roll", stretch: "Forward roll", side: null, limb: null,
 *   repetition: 1, repetitions: 3, instruction: "Curl forward.",
 * };
 */
export interface EaseParams extends RepetitionParams {
  /** The movement, in the stretch's own words. */
  readonly instruction: string;
}

/**
 * The parameters of `step.hold`: breathe in and hold.
 *
 * @example
 * const params: HoldParams = {
 *   stretchId: "forward-roll", stretch: "Forward roll", side: null, limb: null,
 *   repetition: 1, repetitions: 3, seconds: 20, endsOnUser: true,
 * };
 */
export interface HoldParams extends RepetitionParams {
  /** The hold's length in seconds. */
  readonly seconds: number;
  /** Whether the user may end the hold sooner, at their comfortable limit. */
  readonly endsOnUser: boolean;
}

/**
 * The parameters of `step.rest`: rest between repetitions.
 *
 * @example
 * const params: RestParams = { stretchId: "forward-roll", stretch: "Forward roll", seconds: 5 };
 */
export interface RestParams extends StretchParams {
  /** The rest's length in seconds. */
  readonly seconds: number;
}

/**
 * The parameters of `step.switch-side` and `cue.switch-side`: change to the other side.
 *
 * @example
 * const params: SwitchSideParams = { stretchId: "sideways-reach", stretch: "Sideways reach", side: "right", limb: "arm" };
 */
export interface SwitchSideParams extends StretchParams {
  /** The side to change to. */
  readonly side: "left" | "right";
  /** The limb that changes. */
  readonly limb: Limb;
}

/**
 * The parameters of `cue.countdown`: one count of the 3-2-1 before a hold ends.
 *
 * @example
 * const params: CountdownParams = { count: 3 };
 */
export interface CountdownParams {
  /** The count: 3, 2 or 1. */
  readonly count: number;
}

/**
 * The keys of every text stretchkit shows, with the parameters each one takes. A message catalog
 * (English is built in: `englishMessages`) maps each key to a function of its parameters.
 *
 * @example
 * const params: MessageParams["step.rest"] = { stretchId: "forward-roll", stretch: "Forward roll", seconds: 5 };
 * params.seconds; //=> 5
 */
export interface MessageParams {
  /** Read the setup of a stretch and get into position; `instruction` is the whole setup. */
  "step.prepare": InstructionParams;
  /** Ease into the stretch until it is felt, without too much discomfort; `instruction` is the movement. */
  "step.stretch": EaseParams;
  /** Breathe in and hold for `seconds`; with `endsOnUser`, the user may end it sooner. */
  "step.hold": HoldParams;
  /** Breathe out and return to the start. */
  "step.release": RepetitionParams;
  /** Rest for `seconds` between repetitions. */
  "step.rest": RestParams;
  /** Change to `side`. */
  "step.switch-side": SwitchSideParams;
  /** Said when a stretch begins: its name and first setup instruction. */
  "cue.prepare": InstructionParams;
  /** Said shortly before a new stretch. */
  "cue.next": StretchParams;
  /** Said halfway through a hold. */
  "cue.halfway": StretchParams;
  /** Said each second of the countdown before a hold ends: 3, 2, 1. */
  "cue.countdown": CountdownParams;
  /** Said ahead of a side change, naming the side to change to. */
  "cue.switch-side": SwitchSideParams;
}

/**
 * A message key.
 *
 * @example
 * const key: MessageKey = "step.hold";
 */
export type MessageKey = keyof MessageParams;

/**
 * A message: a key and its parameters, so that a UI can render it in its own words.
 *
 * @example
 * const message: Message = { key: "cue.countdown", params: { count: 3 } };
 * englishMessages["cue.countdown"]({ count: 3 }); //=> "3"
 */
export type Message = { readonly [K in MessageKey]: MessageOf<K> }[MessageKey];

/**
 * The message of one key: the key and its parameters.
 *
 * @example
 * const message: MessageOf<"cue.countdown"> = { key: "cue.countdown", params: { count: 1 } };
 */
export interface MessageOf<K extends MessageKey> {
  /** Which text. */
  readonly key: K;
  /** The values the text is made of. */
  readonly params: MessageParams[K];
}

/**
 * A message catalog: one function per key, from its parameters to a text. A catalog that misses a
 * key does not compile.
 *
 * @example
 * const shout: MessageCatalog = { ...englishMessages, "cue.countdown": ({ count }) => `${count}!` };
 * shout["cue.countdown"]({ count: 2 }); //=> "2!"
 */
export type MessageCatalog = { readonly [K in MessageKey]: (params: MessageParams[K]) => string };

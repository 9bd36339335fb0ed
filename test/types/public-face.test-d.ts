/*
 * The public face after the fold: what users wrote before still compiles in its new form, and the
 * names that were folded fail with TypeScript's "has no exported member" (TS2305), which names the
 * missing export. The changeset lists every removed name with its replacement.
 */
// biome-ignore-all assist/source/organizeImports: each removed name is imported alone, under its own @ts-expect-error
import { describe, expectTypeOf, it } from "vitest";
import type { Message, MessageParams, PlayerEvent } from "../../src/index.js";
// @ts-expect-error PainEvent is now PlayerEvent<"pain">
import type { PainEvent } from "../../src/index.js";
// @ts-expect-error TickEvent is now PlayerEvent<"tick"> (likewise PauseEvent, ResumeEvent, SkipEvent, SkipStretchEvent, ReleaseEvent, StopEvent)
import type { TickEvent } from "../../src/index.js";
// @ts-expect-error HoldParams is now MessageParams["step.hold"] (likewise every other *Params interface)
import type { HoldParams } from "../../src/index.js";
// @ts-expect-error MessageOf<K> is now Message<K>
import type { MessageOf } from "../../src/index.js";
// @ts-expect-error DeepReadonly was an internal helper
import type { DeepReadonly } from "../../src/index.js";
// @ts-expect-error AdherenceClassification is now AdherenceReport["classification"]
import type { AdherenceClassification } from "../../src/index.js";
// @ts-expect-error AdherenceStreak is now AdherenceReport["streak"]
import type { AdherenceStreak } from "../../src/index.js";

describe("the folded names", () => {
  it("PlayerEvent<T> is the event of one type, and PlayerEvent is any of them", () => {
    expectTypeOf<PlayerEvent<"pain">>().toEqualTypeOf<{
      readonly type: "pain";
      readonly atMs: number;
      readonly note?: string | undefined;
      readonly score?: number | undefined;
    }>();
    expectTypeOf<Extract<PlayerEvent, { type: "stop" }>>().toEqualTypeOf<PlayerEvent<"stop">>();
  });

  it("MessageParams[K] and Message<K> give what the per-message names gave", () => {
    expectTypeOf<MessageParams["step.rest"]>().toEqualTypeOf<{
      readonly stretchId: string;
      readonly stretch: string;
      readonly seconds: number;
    }>();
    expectTypeOf<Message<"cue.countdown">>().toEqualTypeOf<{
      readonly key: "cue.countdown";
      readonly params: { readonly count: number };
    }>();
  });

  it("the removed names resolve to nothing", () => {
    expectTypeOf<PainEvent | TickEvent | HoldParams | MessageOf<never> | DeepReadonly<1>>().toBeAny();
    expectTypeOf<AdherenceClassification | AdherenceStreak>().toBeAny();
  });
});

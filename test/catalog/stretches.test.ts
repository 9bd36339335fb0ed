import { describe, expect, it } from "vitest";
import { getStretch } from "../../src/catalog/get-stretch.js";
import { stretches } from "../../src/catalog/stretches.js";
import { StretchSchema } from "../../src/schema/stretch.js";

// One test per fact of ../shared/seed/back-spasm-stretches.txt. The words are ours; the facts are the seed's.

const text = (id: Parameters<typeof getStretch>[0]): string => {
  const stretch = getStretch(id);
  return [...stretch.setup, ...stretch.movement].join(" ").toLowerCase();
};

describe("the five seed stretches", () => {
  it("are five, in the seed's order: forward roll, sideways reach, spine rotation, gluteal stretch, quadriceps stretch", () => {
    expect(stretches.map((s) => [s.id, s.name])).toEqual([
      ["forward-roll", "Forward roll"],
      ["sideways-reach", "Sideways reach"],
      ["spine-rotation", "Spine rotation"],
      ["gluteal-stretch", "Gluteal stretch"],
      ["quadriceps-stretch", "Quadriceps stretch"],
    ]);
  });

  it("each pass their own schema", () => {
    for (const stretch of stretches) expect(StretchSchema.safeParse(stretch).success).toBe(true);
  });

  it("are deeply frozen, so that no app can change the built-in advice", () => {
    for (const stretch of stretches) {
      expect(Object.isFrozen(stretch)).toBe(true);
      expect(Object.isFrozen(stretch.hold)).toBe(true);
      expect(Object.isFrozen(stretch.movement)).toBe(true);
      expect(Object.isFrozen(stretch.laterality)).toBe(true);
    }
    expect(Object.isFrozen(stretches)).toBe(true);
    const movement = stretches[0]?.movement as string[];
    expect(() => movement.push("more")).toThrow(TypeError);
  });

  it("are each good for increasing flexibility, decreasing muscular stiffness and tension, and assisting with relaxation", () => {
    for (const stretch of stretches) {
      expect(stretch.benefits).toEqual(["increase-flexibility", "reduce-stiffness-and-tension", "aid-relaxation"]);
    }
  });

  it("each go only until a stretch is felt that is not causing too much discomfort", () => {
    for (const stretch of stretches) {
      expect(stretch.intensity).toBe("stretch-without-too-much-discomfort");
      expect(stretch.movement.at(-1)?.toLowerCase()).toMatch(
        /until you feel a stretch.*no more than a little discomfort/,
      );
    }
  });

  it("each inhale and hold the position, then exhale and return to the starting position", () => {
    for (const stretch of stretches) expect(stretch.breathing).toEqual({ hold: "inhale", release: "exhale" });
  });

  it("each hold for as long as the user can comfortably sustain: the user ends the hold, timed as 20 s within 10 to 60 s", () => {
    for (const stretch of stretches) {
      expect(stretch.hold).toEqual({ minSeconds: 10, targetSeconds: 20, maxSeconds: 60, endsOnUser: true });
    }
  });

  it("each repeat 3 to 4 times", () => {
    for (const stretch of stretches) expect(stretch.repetitions).toEqual({ min: 3, max: 4 });
  });

  it("each are to be avoided if the stretch aggravates or causes pain", () => {
    for (const stretch of stretches) expect(stretch.avoidIf).toEqual(["aggravates-pain", "causes-pain"]);
  });

  it("the first four are done seated, the quadriceps stretch standing", () => {
    expect(stretches.map((s) => s.position)).toEqual(["seated", "seated", "seated", "seated", "standing"]);
  });
});

describe("1) the forward roll", () => {
  it("starts sitting upright with the spine lengthened", () => {
    expect(getStretch("forward-roll").setup.join(" ")).toMatch(/Sit up straight.*spine grow long/);
  });

  it("rolls the upper body forward and pulls on the ankles until a stretch is felt in the back", () => {
    expect(text("forward-roll")).toMatch(/upper body forward.*ankles.*stretch in your back/);
  });

  it("has no sides and needs nothing to hold on to", () => {
    const stretch = getStretch("forward-roll");
    expect(stretch.laterality).toEqual({ kind: "none" });
    expect(stretch.support).toEqual([]);
  });
});

describe("2) the sideways reach", () => {
  it("starts sitting upright with one arm raised into the air", () => {
    expect(getStretch("sideways-reach").setup).toEqual(["Sit up straight.", "Lift one arm up toward the ceiling."]);
  });

  it("leans over sideways until a stretch is felt", () => {
    expect(text("sideways-reach")).toMatch(/upper body over to the side until you feel a stretch/);
  });

  it("changes arms and repeats on the other side", () => {
    expect(getStretch("sideways-reach").laterality).toEqual({ kind: "unilateral", changes: "arm" });
  });
});

describe("3) the spine rotation", () => {
  it("starts sitting upright with one hand on the opposite knee and the other hand behind the back", () => {
    expect(text("spine-rotation")).toMatch(
      /sit up straight.*one hand on the opposite knee.*other hand behind your back/,
    );
  });

  it("rotates the upper body while pushing against the knee until a stretch is felt", () => {
    expect(text("spine-rotation")).toMatch(
      /turn your upper body while you press against your knee, until you feel a stretch/,
    );
  });

  it("changes hands and repeats on the opposite side", () => {
    expect(getStretch("spine-rotation").laterality).toEqual({ kind: "unilateral", changes: "hand" });
  });
});

describe("4) the gluteal stretch", () => {
  it("starts sitting upright with an ankle placed on the knee", () => {
    expect(text("gluteal-stretch")).toMatch(/sit up straight and rest one ankle on the other knee/);
  });

  it("pushes the knee downwards until a stretch is felt", () => {
    expect(text("gluteal-stretch")).toMatch(/press the knee of the crossed leg down until you feel a stretch/);
  });

  it("changes hands and legs and repeats on the opposite side", () => {
    expect(getStretch("gluteal-stretch").laterality).toEqual({ kind: "unilateral", changes: "hand-and-leg" });
  });
});

describe("5) the quadriceps stretch", () => {
  it("is done standing, holding a chair back, a desk or a door handle", () => {
    const stretch = getStretch("quadriceps-stretch");
    expect(stretch.position).toBe("standing");
    expect(stretch.support).toEqual(["the back of a chair", "a desk", "a door handle"]);
    expect(stretch.setup.join(" ")).toMatch(
      /Stand up straight, holding on to the back of a chair, a desk or a door handle/,
    );
  });

  it("bends the leg back toward the buttock while the opposite hand holds the ankle", () => {
    expect(text("quadriceps-stretch")).toMatch(
      /bend one leg back toward your buttock.*ankle with the hand on the other side/,
    );
  });

  it("pulls the foot upward with the knees kept together until a stretch is felt", () => {
    expect(text("quadriceps-stretch")).toMatch(
      /draw your foot upward, keeping your knees together, until you feel a stretch/,
    );
  });

  it("changes hands and legs and repeats on the opposite side", () => {
    expect(getStretch("quadriceps-stretch").laterality).toEqual({ kind: "unilateral", changes: "hand-and-leg" });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratch, type Scratch } from "./scratch.js";

// The packed tarball, installed in a scratch project, as an app would use it.

let scratch: Scratch;
beforeAll(() => {
  scratch = createScratch();
});
afterAll(() => scratch?.remove());

const probe = `
const ids = stretchkit.stretches.map((s) => s.id).join(",");
let code = "none";
try { stretchkit.getStretch("nope"); } catch (e) { code = e instanceof stretchkit.StretchKitError ? e.code : "other"; }
const defined = stretchkit.defineStretch({ ...stretchkit.getStretch("forward-roll"), id: "my-roll" });
console.log(JSON.stringify({ ids, code, frozen: Object.isFrozen(defined), routine: stretchkit.backSpasmRoutine.id }));
`;

const expected = {
  ids: "forward-roll,sideways-reach,spine-rotation,gluteal-stretch,quadriceps-stretch",
  code: "unknown_stretch",
  frozen: true,
  routine: "back-spasm-stretches",
};

describe("the packed package", () => {
  it("works from an ES module with import", () => {
    const out = scratch.run("esm.mjs", `import * as stretchkit from "stretchkit";\n${probe}`);
    expect(JSON.parse(out)).toEqual(expected);
  });

  it("works from a CommonJS module with require", () => {
    const out = scratch.run("cjs.cjs", `const stretchkit = require("stretchkit");\n${probe}`);
    expect(JSON.parse(out)).toEqual(expected);
  });

  it("ships only dist, package.json, README and the licence", () => {
    const out = scratch.run(
      "files.mjs",
      `import { readdirSync } from "node:fs"; console.log(JSON.stringify(readdirSync("node_modules/stretchkit").sort()));`,
    );
    expect(JSON.parse(out)).toEqual(expect.arrayContaining(["dist", "package.json", "README.md"]));
    expect(
      JSON.parse(out).filter(
        (name: string) => !["dist", "package.json", "README.md", "LICENSE", "CHANGELOG.md"].includes(name),
      ),
    ).toEqual([]);
  });
});

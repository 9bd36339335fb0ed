import type { TestProject } from "vitest/node";
import { createScratch } from "./scratch.js";

// One scratch project for every test of the built package: `npm pack`, then an offline install
// of the tarball (and the repo's zod) into a fresh directory. Tests read its path with
// `inject("scratchDir")` and add their own files there.

declare module "vitest" {
  export interface ProvidedContext {
    /** The scratch app's directory: the packed stretchkit is in its node_modules. */
    scratchDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const scratch = createScratch();
  project.provide("scratchDir", scratch.dir);
  return () => scratch.remove();
}

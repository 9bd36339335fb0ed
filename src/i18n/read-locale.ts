import type { CatalogIndex } from "../catalog/create-catalog.js";
import type { IssuePathKey, StretchKitIssue } from "../errors.js";
import { fail, issue, parseWith } from "../internal/issues.js";
import { type LocalePack, LocaleSchema, type StretchText } from "../schema/locale.js";

/**
 * The issues of a pack's stretch texts against the catalog: no text of an unknown stretch, and
 * as many `support`, `setup`, `movement` and media entries as the stretch it translates (a field
 * left out is filled from elsewhere: a fallback pack, or the stretch's own media).
 */
export function structureIssues(
  texts: Readonly<Record<string, Partial<StretchText>>>,
  index: CatalogIndex,
  prefix: readonly IssuePathKey[],
): StretchKitIssue[] {
  const issues: StretchKitIssue[] = [];
  for (const [id, text] of Object.entries(texts)) {
    const stretch = index.get(id);
    if (stretch === undefined) {
      issues.push(
        issue([...prefix, "stretches", id], "unknown_stretch", `${JSON.stringify(id)} is not a stretch of the catalog`),
      );
      continue;
    }
    for (const key of ["support", "setup", "movement", "media"] as const) {
      const given = text[key]?.length;
      const needed = stretch[key]?.length ?? 0;
      if (given === undefined || given === needed) continue;
      const message = `must have ${needed} ${needed === 1 ? "entry" : "entries"}, as the stretch ${JSON.stringify(id)} has`;
      issues.push(issue([...prefix, "stretches", id, key], given < needed ? "too_small" : "too_big", message));
    }
  }
  return issues;
}

/**
 * Parses a complete locale pack and checks the texts of the given stretches (all of the pack's,
 * by default) against them, or throws `invalid_locale` with paths after `prefix`.
 */
export function readLocale(
  input: unknown,
  index: CatalogIndex,
  prefix: readonly IssuePathKey[] = [],
  only?: readonly string[],
): LocalePack {
  const pack = parseWith(LocaleSchema, input, "invalid_locale", "Invalid locale", prefix) as LocalePack;
  const texts =
    only === undefined
      ? pack.stretches
      : Object.fromEntries(only.flatMap((id) => (pack.stretches[id] ? [[id, pack.stretches[id]]] : [])));
  const issues = structureIssues(texts, index, prefix);
  return issues.length > 0 ? fail("invalid_locale", issues, "Invalid locale") : pack;
}

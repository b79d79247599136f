/**
 * Where an environment may deploy from. As GitHub's own deployment branch and tag policies: with
 * no `branches` and no `tags` any ref may deploy; once either lists something, only a branch
 * matching `branches` or a tag matching `tags` may. Globs as GitHub writes them (picomatch: `*`
 * stays within one path segment, `**` crosses them); names compare case-sensitively, as git does.
 */
import picomatch from "picomatch";
import type { EnvironmentPolicy } from "../config/schema.js";
import type { RuleResult } from "./gate-decision.js";

export type RefKind = { kind: "branch" | "tag"; name: string } | { kind: "unknown"; name: string };

export function parseRef(ref: string): RefKind {
  if (ref.startsWith("refs/heads/")) return { kind: "branch", name: ref.slice("refs/heads/".length) };
  if (ref.startsWith("refs/tags/")) return { kind: "tag", name: ref.slice("refs/tags/".length) };
  return { kind: "unknown", name: ref };
}

export function checkRef(policy: EnvironmentPolicy, ref: string): RuleResult {
  const { branches, tags } = policy;
  const parsed = parseRef(ref);
  if (branches.length === 0 && tags.length === 0) {
    return { rule: "ref", status: "pass", message: `any branch or tag may deploy here (${parsed.name}).` };
  }
  if (parsed.kind === "unknown") {
    return {
      rule: "ref",
      status: "fail",
      message: `"${ref}" is not a full ref (refs/heads/… or refs/tags/…), so it cannot be told whether it is an allowed branch or tag.`,
    };
  }
  const globs = parsed.kind === "branch" ? branches : tags;
  const match = globs.find((glob) => picomatch(glob, { dot: true })(parsed.name));
  if (match) {
    return {
      rule: "ref",
      status: "pass",
      message: `${parsed.kind} ${parsed.name} may deploy here (matches "${match}").`,
    };
  }
  const allowed = [
    branches.length ? `branches ${branches.map((b) => `"${b}"`).join(", ")}` : "",
    tags.length ? `tags ${tags.map((t) => `"${t}"`).join(", ")}` : "",
  ].filter(Boolean);
  return {
    rule: "ref",
    status: "fail",
    message: `${parsed.kind} ${parsed.name} may not deploy here; only ${allowed.join(" and ")} may.`,
  };
}

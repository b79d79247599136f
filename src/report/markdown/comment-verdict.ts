/**
 * The comment's verdict: the check run's conclusion and title, and the line under the comment's
 * heading (result, primary metric against base, what passed).
 */

import type { Report } from "../types.js";
import { baseMetrics } from "./comment-model.js";
import { MAX, num, plural, quality, signed, variantLabel } from "./comment-text.js";
import type { CommentInput, CommentVariant, CommentVerdict, Direction } from "./comment-types.js";
import { inlineText } from "./escape.js";
import { formatBytes } from "./render-package.js";

/**
 * The verdict fails closed: a report that could not be read (invalid, another version, too big)
 * means nothing was verified, so the check fails rather than pass as "neutral" — GitHub counts a
 * neutral check as passing where the check is required. Neutral is left for runs with no report.
 */
export function commentVerdict(input: Pick<CommentInput, "variants" | "unreadable">): CommentVerdict {
  const failed = input.variants.filter((variant) => !variant.head.passed);
  if (failed.length > 0) {
    const first = failed[0]!;
    const what =
      input.variants.length === 1
        ? ""
        : ` (${failed.length} of ${input.variants.length} variants; ${variantLabel(first)})`;
    return {
      kind: "failed",
      conclusion: "failure",
      title: `Failed${what}: ${failureReasons(first.head).join("; ")}`,
    };
  }
  const n = input.unreadable.length;
  if (n > 0) {
    return {
      kind: "unverified",
      conclusion: "failure",
      title: `Not verified: ${plural(n, "report")} could not be read`,
    };
  }
  if (input.variants.length === 0) return { kind: "empty", conclusion: "neutral", title: "No report" };
  return {
    kind: "passed",
    conclusion: "success",
    title: `Passed${input.variants.length > 1 ? ` (${input.variants.length} variants)` : ""}`,
  };
}

export function verdictLine(
  verdict: CommentVerdict,
  main: CommentVariant | undefined,
  primary: string | null,
  better: (metric: string) => Direction,
): string {
  const parts: string[] = [];
  if (verdict.kind === "failed") {
    // The title names the first failed variant and its reasons.
    parts.push(`**Failed**`, inlineText(verdict.title.replace(/^Failed:? ?/, ""), 300));
  } else if (verdict.kind === "passed") {
    parts.push("**Passed**");
  } else {
    parts.push(`**${inlineText(verdict.title)}**`);
  }
  const model = main?.head.model;
  if (model && primary && model.metrics[primary] !== undefined) {
    const value = model.metrics[primary]!;
    const base = baseMetrics(model, main?.base?.model ?? null)?.[primary];
    const delta =
      base === undefined
        ? ""
        : ` (${[signed(value - base), "vs base", quality(value - base, better(primary))].filter(Boolean).join(" ")})`;
    parts.push(`${inlineText(primary, MAX.name)} **${num(value)}**${delta}`.trimEnd());
  }
  if (main && verdict.kind === "passed") {
    if (model && model.rules.length > 0) {
      parts.push(
        `${model.rules.filter((rule) => rule.passed).length}/${plural(model.rules.length, "rule")} met`,
      );
    }
    if (main.head.data.length > 0) parts.push(`${plural(main.head.data.length, "dataset")} valid`);
    if (model && model.tests.passed > 0) parts.push(`${plural(model.tests.passed, "test")} passed`);
    if (main.head.package) parts.push(`image ${formatBytes(main.head.package.size_bytes)}`);
  }
  return parts.join(" · ");
}

/** Plain-text reasons a report failed (escaped by the caller). */
export function failureReasons(report: Report): string[] {
  const reasons: string[] = [];
  const failedRules = report.model?.rules.filter((rule) => !rule.passed) ?? [];
  if (failedRules.length > 0) {
    const shown = failedRules
      .slice(0, 3)
      .map((rule) => `${rule.metric} ${rule.rule} ${num(rule.threshold)}: ${num(rule.value)}`);
    const more = failedRules.length > 3 ? ` and ${failedRules.length - 3} more` : "";
    reasons.push(`rule${failedRules.length === 1 ? "" : "s"} failed: ${shown.join(", ")}${more}`);
  }
  if (report.model && report.model.tests.failed > 0)
    reasons.push(`${plural(report.model.tests.failed, "model test")} failed`);
  const invalid = report.data.filter((data) => !data.valid);
  if (invalid.length > 0) {
    reasons.push(
      `data invalid: ${invalid
        .slice(0, 3)
        .map((data) => data.dataset)
        .join(", ")}${invalid.length > 3 ? ` and ${invalid.length - 3} more` : ""}`,
    );
  }
  if (report.package?.smoke && !report.package.smoke.passed) reasons.push("image smoke test failed");
  if (reasons.length === 0) reasons.push("the report says it did not pass");
  return reasons;
}

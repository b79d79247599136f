/**
 * The comment's verdict: the check run's conclusion and title, and the line under the comment's
 * heading (result, primary metric against base, what passed).
 */

import { formatNumber } from "../format.js";
import { describeReason, ruleReason, ruleState, rulesHeadline, tallyRules } from "../rule-state.js";
import type { Report } from "../types.js";
import { baseMetrics } from "./comment-model.js";
import { changeText, MAX, plural, variantLabel } from "./comment-text.js";
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
  const [first] = failed;
  if (first) {
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
  // A rule nobody could judge is no pass: the title says so, even though nothing failed.
  const unjudged = tallyRules(input.variants.flatMap((variant) => variant.head.model?.rules ?? []));
  const notes = [
    input.variants.length > 1 ? `${input.variants.length} variants` : "",
    unjudged.notEvaluated > 0
      ? `${plural(unjudged.notEvaluated, "rule")} not evaluated: ${unjudged.reasons.join(", ")}`
      : "",
  ].filter(Boolean);
  return {
    kind: "passed",
    conclusion: "success",
    title: `Passed${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`,
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
  const value = primary ? model?.metrics[primary] : undefined;
  if (model && primary && value !== undefined) {
    const base = baseMetrics(model, main?.base?.model ?? null)?.[primary];
    const delta =
      base === undefined
        ? ""
        : ` (${changeText(base, value, better(primary), { percent: false }).replace(/^(\S+)/, "$1 vs base")})`;
    parts.push(`${inlineText(primary, MAX.name)} **${formatNumber(value)}**${delta}`);
  }
  if (main && verdict.kind === "passed") {
    if (model && model.rules.length > 0) parts.push(inlineText(rulesHeadline(model.rules)));
    if (main.head.data.length > 0) parts.push(`${plural(main.head.data.length, "dataset")} valid`);
    if (model && model.tests.passed > 0) parts.push(`${plural(model.tests.passed, "test")} passed`);
    if (main.head.package) parts.push(`image ${formatBytes(main.head.package.size_bytes)}`);
  }
  return parts.join(" · ");
}

/** Plain-text reasons a report failed (escaped by the caller). */
export function failureReasons(report: Report): string[] {
  const reasons: string[] = [];
  const failedRules = report.model?.rules.filter((rule) => ruleState(rule) === "failed") ?? [];
  if (failedRules.length > 0) {
    const shown = failedRules.slice(0, 3).map((rule) => {
      // Failed unjudged (model.require-baseline): the reason, not a value, is what failed it.
      const reason = ruleReason(rule);
      const outcome = reason
        ? `${describeReason(reason)} (model.require-baseline)`
        : formatNumber(rule.value);
      return `${rule.metric} ${rule.rule} ${formatNumber(rule.threshold)}: ${outcome}`;
    });
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

/**
 * A rule's state as every reader sees it (renderings, the gate, the app): `state` when the report
 * has it, else what the first reports meant by `passed`. Those wrote a max-drop or max-rise with
 * no baseline as passed with `baseline: null`; it was never judged, so it reads as not evaluated.
 */
import type { RuleResult, RuleState } from "./types.js";

const STATES: ReadonlySet<string> = new Set<RuleState>(["passed", "failed", "not-evaluated"]);

const REASONS: Record<string, string> = {
  "no-baseline": "no baseline",
  "not-in-baseline": "not in the baseline",
  "metric-missing": "metric missing",
};

export function ruleState(rule: RuleResult): RuleState {
  if (rule.state !== undefined && STATES.has(rule.state)) return rule.state;
  if (rule.passed && isChangeRule(rule) && (rule.baseline ?? null) === null) return "not-evaluated";
  return rule.passed ? "passed" : "failed";
}

/** The reason code of a rule judged without its values (not evaluated, or failed for want of a baseline). */
export function ruleReason(rule: RuleResult): string | null {
  if (rule.reason) return rule.reason;
  return rule.state === undefined && ruleState(rule) === "not-evaluated" ? "no-baseline" : null;
}

/** "no baseline", "not in the baseline"; a reason this version does not know, as written. */
export function describeReason(reason: string): string {
  return REASONS[reason] ?? reason.replace(/-/g, " ");
}

export interface RuleTally {
  passed: number;
  failed: number;
  notEvaluated: number;
  /** The reasons of the rules not evaluated, in words, each once. */
  reasons: string[];
}

export function tallyRules(rules: readonly RuleResult[]): RuleTally {
  const tally: RuleTally = { passed: 0, failed: 0, notEvaluated: 0, reasons: [] };
  for (const rule of rules) {
    const state = ruleState(rule);
    if (state === "passed") tally.passed++;
    else if (state === "failed") tally.failed++;
    else {
      tally.notEvaluated++;
      const reason = describeReason(ruleReason(rule) ?? "unknown");
      if (!tally.reasons.includes(reason)) tally.reasons.push(reason);
    }
  }
  return tally;
}

/** "3 rules met", "2 rules met, 1 not evaluated: no baseline", "1 of 3 rules failed, 1 not evaluated: …"; "" without rules. */
export function rulesHeadline(rules: readonly RuleResult[]): string {
  if (rules.length === 0) return "";
  const tally = tallyRules(rules);
  const judged =
    tally.failed > 0
      ? `${tally.failed} of ${rules.length} rules failed`
      : `${tally.passed} rule${tally.passed === 1 ? "" : "s"} met`;
  const unjudged =
    tally.notEvaluated > 0 ? `, ${tally.notEvaluated} not evaluated: ${tally.reasons.join(", ")}` : "";
  return `${judged}${unjudged}`;
}

function isChangeRule(rule: RuleResult): boolean {
  return /^max-(drop|rise)%?$/.test(rule.rule);
}

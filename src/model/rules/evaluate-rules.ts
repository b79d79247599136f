/**
 * The team's bar, checked: each rule key picks its metrics (one, or every slice), and each bound
 * in the rule becomes one RuleResult. `min`/`max` judge the value alone; `max-drop`/`max-rise`
 * judge the change against the baseline, absolute (0.01) or relative ("5%", reported as rule
 * `max-drop%` with the threshold in percent). A change rule with no baseline value has nothing
 * to judge: it is `not-evaluated` with its reason (no baseline at all, or the metric is not in
 * it), never a pass; under `model.require-baseline` it fails instead, with the same reason.
 */
import type { MetricRule } from "../../config/schema.js";
import { type Direction, defaultDirection } from "../../report/metric-direction.js";
import type { RuleReason, RuleResult, RuleState } from "../../report/types.js";
import { matchRuleKey } from "./metric-name.js";

export interface RulesInput {
  metrics: Record<string, number>;
  baseline: Record<string, number> | null;
  rules: Record<string, MetricRule>;
  /** `model.require-baseline`: a change rule with nothing to compare against fails. */
  requireBaseline?: boolean;
}

/** A rule result as this writer writes it: with its state and reason, always. */
export type EvaluatedRule = RuleResult & { state: RuleState; reason: RuleReason | null };

export interface RulesOutcome {
  results: EvaluatedRule[];
  /** Rules that look like a mistake (a max-drop on a metric that is better lower). */
  warnings: string[];
  /** The better direction of every metric that has one (the rule's, else the name's). */
  directions: Record<string, Direction>;
}

/**
 * Differences of a few ulps must not fail a rule: 0.85 − 0.86 is −0.010000000000000009 in
 * floating point, and "at most 0.01 lower" should accept it.
 */
const TOLERANCE = 1e-12;

export function evaluateRules(input: RulesInput): RulesOutcome {
  const names = Object.keys(input.metrics);
  const results: EvaluatedRule[] = [];
  const warnings: string[] = [];
  const directions: Record<string, Direction> = {};
  for (const name of new Set([...names, ...Object.keys(input.baseline ?? {})])) {
    const direction = defaultDirection(name);
    if (direction) directions[name] = direction;
  }
  for (const [key, rule] of Object.entries(input.rules)) {
    const direction = rule.better ?? defaultDirection(key);
    if (rule["max-drop"] !== undefined && direction === "lower") {
      warnings.push(
        `rule "${key}": max-drop limits a fall, but lower is better for it; did you mean max-rise?`,
      );
    }
    if (rule["max-rise"] !== undefined && direction === "higher") {
      warnings.push(
        `rule "${key}": max-rise limits a rise, but higher is better for it; did you mean max-drop?`,
      );
    }
    for (const metric of matchRuleKey(key, names)) {
      if (rule.better) directions[metric] = rule.better;
      const base = input.baseline === null ? "no-baseline" : (input.baseline[metric] ?? "not-in-baseline");
      const value = input.metrics[metric];
      // matchRuleKey() picks among the metrics' own names, so each has a value.
      if (value === undefined) throw new Error(`rule "${key}" matched "${metric}", which is not a metric`);
      results.push(...checkMetric(metric, rule, value, base, input.requireBaseline ?? false));
    }
  }
  return { results, warnings, directions };
}

function checkMetric(
  metric: string,
  rule: MetricRule,
  value: number,
  base: number | RuleReason,
  requireBaseline: boolean,
): EvaluatedRule[] {
  const out: EvaluatedRule[] = [];
  if (rule.min !== undefined) {
    out.push(judged({ metric, rule: "min", threshold: rule.min, value }, value >= rule.min));
  }
  if (rule.max !== undefined) {
    out.push(judged({ metric, rule: "max", threshold: rule.max, value }, value <= rule.max));
  }
  for (const kind of ["max-drop", "max-rise"] as const) {
    const amount = rule[kind];
    if (amount === undefined) continue;
    const relative = typeof amount === "string";
    const threshold = relative ? Number.parseFloat(amount) : amount;
    const name = relative ? `${kind}%` : kind;
    if (typeof base !== "number" || !Number.isFinite(base)) {
      const reason = typeof base === "number" ? "not-in-baseline" : base;
      const state = requireBaseline ? "failed" : "not-evaluated";
      out.push({
        metric,
        rule: name,
        threshold,
        value,
        baseline: null,
        delta: null,
        passed: false,
        state,
        reason,
      });
      continue;
    }
    const delta = value - base;
    // The movement in the direction this rule limits: a fall for max-drop, a rise for max-rise.
    const against = kind === "max-drop" ? -delta : delta;
    const scale = Math.max(1, Math.abs(value), Math.abs(base)) * TOLERANCE;
    let passed: boolean;
    if (!relative) passed = against <= threshold + scale;
    else if (base === 0)
      passed = against <= scale; // any move against a zero baseline is infinitely relative
    else passed = (against / Math.abs(base)) * 100 <= threshold + TOLERANCE * 100;
    out.push(judged({ metric, rule: name, threshold, value, baseline: base, delta }, passed));
  }
  return out;
}

function judged(result: Omit<RuleResult, "passed" | "state" | "reason">, passed: boolean): EvaluatedRule {
  return { ...result, passed, state: passed ? "passed" : "failed", reason: null };
}

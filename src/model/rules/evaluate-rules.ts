/**
 * The team's bar, checked: each rule key picks its metrics (one, or every slice), and each bound
 * in the rule becomes one RuleResult. `min`/`max` judge the value alone; `max-drop`/`max-rise`
 * judge the change against the baseline, absolute (0.01) or relative ("5%", reported as rule
 * `max-drop%` with the threshold in percent). Without a baseline value the change cannot be
 * judged: the result passes with baseline and delta null, and the table says "no baseline".
 */
import type { MetricRule } from "../../config/schema.js";
import type { RuleResult } from "../../report/types.js";
import { type Direction, defaultDirection } from "./metric-direction.js";
import { matchRuleKey } from "./metric-name.js";

export interface RulesInput {
  metrics: Record<string, number>;
  baseline: Record<string, number> | null;
  rules: Record<string, MetricRule>;
}

export interface RulesOutcome {
  results: RuleResult[];
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
  const results: RuleResult[] = [];
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
      results.push(...checkMetric(metric, rule, input.metrics[metric]!, input.baseline?.[metric] ?? null));
    }
  }
  return { results, warnings, directions };
}

function checkMetric(metric: string, rule: MetricRule, value: number, base: number | null): RuleResult[] {
  const out: RuleResult[] = [];
  if (rule.min !== undefined) {
    out.push({ metric, rule: "min", threshold: rule.min, value, passed: value >= rule.min });
  }
  if (rule.max !== undefined) {
    out.push({ metric, rule: "max", threshold: rule.max, value, passed: value <= rule.max });
  }
  for (const kind of ["max-drop", "max-rise"] as const) {
    const amount = rule[kind];
    if (amount === undefined) continue;
    const relative = typeof amount === "string";
    const threshold = relative ? Number.parseFloat(amount) : amount;
    const name = relative ? `${kind}%` : kind;
    if (base === null) {
      out.push({ metric, rule: name, threshold, value, baseline: null, delta: null, passed: true });
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
    out.push({ metric, rule: name, threshold, value, baseline: base, delta, passed });
  }
  return out;
}

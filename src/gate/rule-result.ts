/** Builders for a rule's verdict. */
import type { RuleName, RuleResult } from "./gate-decision.js";

export function pass(rule: RuleName, message: string): RuleResult {
  return { rule, status: "pass", message };
}

export function fail(rule: RuleName, message: string): RuleResult {
  return { rule, status: "fail", message };
}

export function wait(rule: RuleName, message: string): RuleResult {
  return { rule, status: "wait", message };
}

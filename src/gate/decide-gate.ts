/**
 * The decision engine: a policy, the facts about one deployment and the clock in; approved,
 * rejected or pending out, with every rule's verdict in plain words. Pure: no I/O, no clock of its
 * own. It fails closed: a missing fact, an unreadable policy or anything that throws while a rule
 * is evaluated is "not approved", and the reason says which.
 *
 *   rejected — a hard failure waiting will not fix: a required part failed, the ref may not deploy,
 *              the policy cannot be applied.
 *   pending  — not yet: approvals missing, a freeze, soak time, a report or a fact not in yet.
 *   approved — every rule passed.
 */
import { parseDuration } from "../config/duration.js";
import type { EnvironmentPolicy } from "../config/schema.js";
import { checkFreeze } from "./check-freeze.js";
import { checkPolicy } from "./check-policy.js";
import { checkRef } from "./check-ref.js";
import { type CollectedApprovals, collectApprovals } from "./collect-approvals.js";
import { formatInstant, formatSpan, shortSha } from "./format-instant.js";
import type { GateDecision, GateOutcome, RuleName, RuleResult } from "./gate-decision.js";
import type { GateFacts } from "./gate-facts.js";
import { fail, pass, wait } from "./rule-result.js";

export function decideGate(policy: EnvironmentPolicy | undefined, facts: GateFacts, now: Date): GateDecision {
  const at = now.getTime();
  const base = {
    environment: facts.environment,
    commit: facts.commit,
    decidedAt: Number.isFinite(at) ? now.toISOString() : String(now),
  };
  const noApprovals = { required: policy?.approvals ?? 0, counted: [], ignored: [] };
  if (!Number.isFinite(at)) {
    return finish(base, [fail("facts", "the decision time is not a valid date.")], noApprovals);
  }
  if (!policy) {
    return finish(
      base,
      [
        fail(
          "policy",
          `environment "${facts.environment}" has no policy under environments: in .github/slipway.yml, so nothing can approve this deploy.`,
        ),
      ],
      noApprovals,
    );
  }
  const problems = checkPolicy(facts.environment, policy);
  if (problems.length > 0) {
    return finish(
      base,
      problems.map((problem) =>
        fail("policy", `the policy cannot be applied: ${problem.path}: ${problem.message}`),
      ),
      noApprovals,
    );
  }

  const results: RuleResult[] = facts.gaps.map((gap) =>
    wait("facts", `a fact could not be established, so this cannot be approved yet: ${gap}`),
  );
  let approvals: CollectedApprovals = { counted: [], ignored: [] };
  results.push(guard("ref", () => checkRef(policy, facts.ref)));
  if (policy.require.length > 0) results.push(...guardAll("require", () => checkRequired(policy, facts)));
  if (policy.approvals > 0) {
    results.push(
      guard("approvals", () => {
        approvals = collectApprovals(policy, facts, at);
        return checkApprovals(policy, facts, approvals);
      }),
    );
  }
  if (policy.freeze.length > 0) results.push(guard("freeze", () => checkFreeze(policy, facts, at)));
  const after = policy.after;
  if (after) results.push(guard("after", () => checkAfter(after, facts, at)));
  return finish(base, results, { required: policy.approvals, ...approvals });
}

function checkRequired(policy: EnvironmentPolicy, facts: GateFacts): RuleResult[] {
  const commit = shortSha(facts.commit);
  return policy.require.map((part) => {
    const seen = facts.reports.filter((report) => report.part === part);
    const failed = seen.filter((report) => !report.passed);
    if (failed.length > 0) {
      return fail(
        "require",
        `the ${part} checks failed for commit ${commit}${failed.map((report) => describeReport(report)).join("; ")}.`,
      );
    }
    const [first] = seen;
    if (!first) {
      return wait("require", `no report for commit ${commit} says whether the ${part} checks passed yet.`);
    }
    return pass("require", `the ${part} checks passed for commit ${commit}${describeReport(first)}.`);
  });
}

function describeReport(report: GateFacts["reports"][number]): string {
  const parts = [report.detail, report.source].filter(Boolean);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function checkApprovals(
  policy: EnvironmentPolicy,
  facts: GateFacts,
  approvals: CollectedApprovals,
): RuleResult {
  const { counted, ignored } = approvals;
  const have = `${counted.length} of ${policy.approvals} approval${policy.approvals === 1 ? "" : "s"}`;
  const list = counted.length ? `: ${counted.map((a) => `${a.user} (${a.via})`).join(", ")}` : "";
  const notCounted = ignored.length
    ? ` Not counted: ${ignored.map((a) => `${a.user} (${a.via}): ${a.why}`).join("; ")}.`
    : "";
  if (counted.length >= policy.approvals) return pass("approvals", `${have}${list}.${notCounted}`);
  const missing = policy.approvals - counted.length;
  const nowhere =
    facts.pull_requests !== null && facts.pull_requests.length === 0
      ? ` No pull request brought commit ${shortSha(facts.commit)}, so only \`/slipway approve ${facts.environment}\` can approve it.`
      : "";
  const self = policy["prevent-self-approval"] ? " (not whoever deploys or wrote the pull request)" : "";
  return wait(
    "approvals",
    `${have}${list}; ${missing} more needed from ${policy.approvers.join(", ")}${self}.${notCounted}${nowhere}`,
  );
}

function checkAfter(
  after: NonNullable<EnvironmentPolicy["after"]>,
  facts: GateFacts,
  now: number,
): RuleResult {
  const commit = shortSha(facts.commit);
  if (facts.deployments === null) {
    return wait(
      "after",
      `earlier deployments of commit ${commit} are unknown, so it cannot be told whether it ran in ${after.environment} first.`,
    );
  }
  const successes = facts.deployments
    .filter((deployment) => deployment.environment.toLowerCase() === after.environment.toLowerCase())
    .filter((deployment) => sameCommit(deployment.sha, facts.commit) && deployment.state === "success")
    .map((deployment) => Date.parse(deployment.at))
    .filter((time) => Number.isFinite(time) && time <= now);
  if (successes.length === 0) {
    return wait(
      "after",
      `commit ${commit} has not been deployed to ${after.environment} successfully yet; ${facts.environment} comes after ${after.environment}.`,
    );
  }
  const since = Math.min(...successes);
  const soak = parseDuration(after.soak) ?? 0;
  const ready = since + soak;
  if (ready <= now) {
    return pass(
      "after",
      `commit ${commit} was deployed to ${after.environment} at ${formatInstant(since)}${soak > 0 ? `, more than ${after.soak} ago` : ""}.`,
    );
  }
  return {
    ...wait(
      "after",
      `commit ${commit} was deployed to ${after.environment} at ${formatInstant(since)} and must soak there for ${after.soak}: until ${formatInstant(ready)} (${formatSpan(ready - now)} from now).`,
    ),
    until: new Date(ready).toISOString(),
  };
}

function sameCommit(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.length >= 7 && y.length >= 7 && (x.startsWith(y) || y.startsWith(x));
}

function finish(
  base: Pick<GateDecision, "environment" | "commit" | "decidedAt">,
  rules: RuleResult[],
  approvals: GateDecision["approvals"],
): GateDecision {
  const failed = rules.filter((rule) => rule.status === "fail");
  const waiting = rules.filter((rule) => rule.status === "wait");
  const outcome: GateOutcome = failed.length > 0 ? "rejected" : waiting.length > 0 ? "pending" : "approved";
  const reasons = (outcome === "approved" ? rules : [...failed, ...waiting]).map((rule) => rule.message);
  const untils = waiting.map((rule) => rule.until).filter((until): until is string => Boolean(until));
  const recheckAt =
    outcome === "pending" && untils.length > 0
      ? new Date(Math.max(...untils.map(Date.parse))).toISOString()
      : null;
  return { ...base, outcome, reasons, rules, recheckAt, approvals };
}

/** A rule that throws is a failure said plainly, never an approval (fail closed). */
function guard(rule: RuleName, evaluate: () => RuleResult): RuleResult {
  try {
    return evaluate();
  } catch (error) {
    return notEvaluated(rule, error);
  }
}

function guardAll(rule: RuleName, evaluate: () => RuleResult[]): RuleResult[] {
  try {
    return evaluate();
  } catch (error) {
    return [notEvaluated(rule, error)];
  }
}

function notEvaluated(rule: RuleName, error: unknown): RuleResult {
  const detail = error instanceof Error ? error.message : String(error);
  return fail(rule, `the ${rule} rule could not be evaluated (${detail}), so this deploy is not approved.`);
}
